package cn.pingxuan.media.image;

import cn.pingxuan.media.MediaRejectedException;
import cn.pingxuan.media.MediaWork;
import cn.pingxuan.upload.FileType;
import com.twelvemonkeys.imageio.metadata.jpeg.JPEG;
import com.twelvemonkeys.imageio.metadata.jpeg.JPEGSegment;
import com.twelvemonkeys.imageio.metadata.jpeg.JPEGSegmentUtil;
import io.micronaut.core.annotation.Nullable;

import javax.imageio.IIOException;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.stream.FileImageInputStream;
import javax.imageio.stream.ImageInputStream;
import java.awt.color.ColorSpace;
import java.awt.image.BufferedImage;
import java.io.EOFException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * JPEG (TwelveMonkeys: CMYK, YCCK, ICC profiles, progressive), PNG, GIF (first frame), TIFF and BMP through
 * ImageIO, decoded with source subsampling so a 24 MP photo never exists in memory at full size.
 */
final class ImageIoSource implements ImageSource {

    private final ImageInputStream stream;
    private final ImageReader reader;
    private final ImageHeader header;
    /** For a JPEG in an ICC profile's RGB (iPhones: Display P3): its own type, so that it is converted once shrunk. */
    private final @Nullable ImageTypeSpecifier profiledRgb;

    private ImageIoSource(ImageInputStream stream, ImageReader reader, ImageHeader header,
                          @Nullable ImageTypeSpecifier profiledRgb) {
        this.stream = stream;
        this.reader = reader;
        this.header = header;
        this.profiledRgb = profiledRgb;
    }

    static ImageIoSource open(Path file, FileType type) throws IOException, MediaRejectedException {
        ExifOrientation orientation = orientation(file, type);
        ImageInputStream stream = new FileImageInputStream(file.toFile());
        ImageReader reader = null;
        try {
            reader = ImageIO.getImageReadersByFormatName(type.name().toLowerCase(Locale.ROOT)).next();
            // metadata is not needed for the pixels, and text chunks can be compression bombs
            reader.setInput(stream, true, true);
            ImageTypeSpecifier stored = rawType(reader);
            ImageHeader header = new ImageHeader(type.displayName(), reader.getWidth(0), reader.getHeight(0),
                    orientation, ColourNames.of(stored));
            return new ImageIoSource(stream, reader, header,
                    type == FileType.JPEG && isProfiledRgb(stored) ? stored : null);
        } catch (IIOException | EOFException | RuntimeException unreadable) {
            if (reader != null) {
                reader.dispose();
            }
            stream.close();
            throw ImageRejections.broken(unreadable);
        }
    }

    @Override
    public ImageHeader header() {
        return header;
    }

    @Override
    public BufferedImage decode(int minLongEdge, MediaWork work) throws IOException, MediaRejectedException {
        ImageReadParam param = reader.getDefaultReadParam();
        int factor = ImageSource.subsampling(header.width(), header.height(), minLongEdge);
        param.setSourceSubsampling(factor, factor, 0, 0);
        if (profiledRgb != null) {
            // TwelveMonkeys would convert every decoded pixel; Renditions converts the shrunk picture instead
            param.setDestinationType(profiledRgb);
        }
        List<String> warnings = new ArrayList<>();
        reader.addIIOReadWarningListener((source, warning) -> warnings.add(warning));
        reader.addIIOReadProgressListener(new AbortWhenOverdue(work));
        BufferedImage image;
        try {
            image = reader.read(0, param);
        } catch (IIOException | EOFException | RuntimeException unreadable) {
            work.checkTime();
            throw ImageRejections.broken(unreadable);
        }
        work.checkTime();
        // libjpeg fills what is missing with grey and only warns
        if (warnings.stream().anyMatch(w -> w.toLowerCase(Locale.ROOT).contains("premature end"))) {
            throw ImageRejections.broken(new IIOException(String.join("; ", warnings)));
        }
        return image;
    }

    @Override
    public void close() throws IOException {
        reader.dispose();
        stream.close();
    }

    private static ExifOrientation orientation(Path file, FileType type) throws IOException {
        if (type != FileType.JPEG && type != FileType.TIFF) {
            return ExifOrientation.NORMAL;
        }
        try (ImageInputStream in = new FileImageInputStream(file.toFile())) {
            if (type == FileType.TIFF) {
                return ExifOrientation.ofTiff(in);
            }
            for (JPEGSegment exif : JPEGSegmentUtil.readSegments(in, JPEG.APP1, "Exif")) {
                return ExifOrientation.ofTiff(tiffStructure(exif.data().readAllBytes()));
            }
            return ExifOrientation.NORMAL;
        } catch (IIOException | EOFException | RuntimeException unreadable) {
            return ExifOrientation.NORMAL; // the header read that follows tells whether the file is usable
        }
    }

    /** The EXIF block's TIFF structure; writers disagree on the padding byte after "Exif\0". */
    private static byte[] tiffStructure(byte[] exif) {
        int start = exif.length > 0 && exif[0] == 0 ? 1 : 0;
        return Arrays.copyOfRange(exif, start, exif.length);
    }

    private static boolean isProfiledRgb(@Nullable ImageTypeSpecifier type) {
        if (type == null) {
            return false;
        }
        ColorSpace space = type.getColorModel().getColorSpace();
        return space.getType() == ColorSpace.TYPE_RGB && !space.isCS_sRGB() && !type.getColorModel().hasAlpha();
    }

    private static ImageTypeSpecifier rawType(ImageReader reader) {
        try {
            return reader.getRawImageType(0);
        } catch (IOException | RuntimeException unknown) {
            return null;
        }
    }
}
