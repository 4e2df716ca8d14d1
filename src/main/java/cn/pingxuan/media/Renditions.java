package cn.pingxuan.media;

import net.coobird.thumbnailator.Thumbnails;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Writes decoded pixels as a web JPEG that fits a box. Only pixels go in, so nothing of the source's metadata
 * (EXIF, GPS, XMP, ICC names, comments) can come out. Never enlarges.
 */
public final class Renditions {

    private static final double JPEG_QUALITY = 0.85;

    private Renditions() {
    }

    public static Derivative jpeg(BufferedImage image, int maxEdge, AssetRole role, Path out) throws IOException {
        BufferedImage fitted = fit(image, maxEdge);
        Thumbnails.of(fitted).scale(1).outputFormat("jpg").outputQuality(JPEG_QUALITY).toFile(out.toFile());
        return Derivative.image(role, out, "image/jpeg", fitted.getWidth(), fitted.getHeight());
    }

    /** The image scaled down (high quality) so its long edge is at most {@code maxEdge}, or itself. */
    public static BufferedImage fit(BufferedImage image, int maxEdge) throws IOException {
        if (Math.max(image.getWidth(), image.getHeight()) <= maxEdge) {
            return image;
        }
        return Thumbnails.of(image).size(maxEdge, maxEdge).asBufferedImage();
    }
}
