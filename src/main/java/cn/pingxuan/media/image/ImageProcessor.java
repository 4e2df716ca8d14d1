package cn.pingxuan.media.image;

import cn.pingxuan.media.AssetRole;
import cn.pingxuan.media.Derivative;
import cn.pingxuan.media.MediaLimits;
import cn.pingxuan.media.MediaProcessor;
import cn.pingxuan.media.MediaProperties;
import cn.pingxuan.media.MediaRejectedException;
import cn.pingxuan.media.MediaSizes;
import cn.pingxuan.media.MediaWork;
import cn.pingxuan.media.ProcessedMedia;
import cn.pingxuan.media.Renditions;
import cn.pingxuan.originality.Fingerprint;
import jakarta.inject.Singleton;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Posters, photos and comics: the header is checked before any pixel is decoded (size bombs, the category's
 * minimum resolution), the pixels are decoded only as large as the display copy needs, turned upright, and
 * written as new JPEGs. Nothing but pixels reaches the outputs, so no EXIF, GPS position, XMP or comment of the
 * original is ever published.
 */
@Singleton
public class ImageProcessor implements MediaProcessor {

    private final MediaProperties properties;

    public ImageProcessor(MediaProperties properties) {
        this.properties = properties;
    }

    @Override
    public boolean accepts(String contentType) {
        return contentType != null && contentType.startsWith("image/");
    }

    @Override
    public ProcessedMedia process(Path original, MediaWork work) throws IOException, MediaRejectedException {
        work.checkTime();
        try (ImageSource source = ImageSource.open(original)) {
            ImageHeader header = source.header();
            checkSize(header, work.limits());
            work.progress().percent(10);
            BufferedImage display = displayCopy(source, header, work);
            work.progress().percent(70);
            work.checkTime();
            BufferedImage large = Renditions.fit(display, MediaSizes.THUMB_LARGE);
            BufferedImage small = Renditions.fit(large, MediaSizes.THUMB_SMALL);
            List<Derivative> derivatives = List.of(
                    Renditions.jpeg(display, MediaSizes.DISPLAY, AssetRole.DISPLAY, work.file("display.jpg")),
                    Renditions.jpeg(large, MediaSizes.THUMB_LARGE, AssetRole.THUMB_LARGE, work.file("thumb-large.jpg")),
                    Renditions.jpeg(small, MediaSizes.THUMB_SMALL, AssetRole.THUMB_SMALL, work.file("thumb-small.jpg")));
            work.progress().percent(100);
            return new ProcessedMedia(header.displayedWidth(), header.displayedHeight(), null, null, header.details(),
                    derivatives, Fingerprint.visual(display));
        }
    }

    /** The picture upright at display size; the larger decoded one is garbage once this returns. */
    private static BufferedImage displayCopy(ImageSource source, ImageHeader header, MediaWork work)
            throws IOException, MediaRejectedException {
        work.checkTime();
        BufferedImage stored = source.decode(MediaSizes.DISPLAY, work);
        work.checkTime();
        return header.orientation().applyTo(Renditions.fit(stored, MediaSizes.DISPLAY));
    }

    private void checkSize(ImageHeader header, MediaLimits limits) throws MediaRejectedException {
        int width = header.displayedWidth();
        int height = header.displayedHeight();
        if (header.pixels() > properties.maxImagePixels()) {
            throw ImageRejections.tooManyPixels(width, height, properties.maxImagePixels());
        }
        boolean narrow = limits.minWidth() != null && width < limits.minWidth();
        boolean low = limits.minHeight() != null && height < limits.minHeight();
        if (narrow || low) {
            throw ImageRejections.belowMinimum(width, height, limits.minWidth(), limits.minHeight());
        }
    }
}
