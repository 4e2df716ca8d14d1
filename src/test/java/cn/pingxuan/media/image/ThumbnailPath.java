package cn.pingxuan.media.image;

import cn.pingxuan.media.AssetRole;
import cn.pingxuan.media.MediaLimits;
import cn.pingxuan.media.MediaRejectedException;
import cn.pingxuan.media.MediaWork;
import cn.pingxuan.media.ProgressListener;
import cn.pingxuan.media.Renditions;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;

/**
 * The processor's own steps for one thumbnail, for the benchmark to set beside other tools' thumbnailers: header,
 * subsampled decode, orientation, one JPEG.
 */
public final class ThumbnailPath {

    private ThumbnailPath() {
    }

    public static void thumbnail(Path original, int maxEdge, Path out) throws IOException, MediaRejectedException {
        MediaWork work = new MediaWork(out.getParent(), MediaLimits.NONE, ProgressListener.IGNORE, Instant.MAX,
                Clock.systemUTC());
        try (ImageSource source = ImageSource.open(original)) {
            ImageHeader header = source.header();
            BufferedImage stored = source.decode(maxEdge, work);
            BufferedImage shown = header.orientation().applyTo(Renditions.fit(stored, maxEdge));
            Renditions.jpeg(shown, maxEdge, AssetRole.THUMB_LARGE, out);
        }
    }
}
