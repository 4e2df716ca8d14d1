package cn.pingxuan.media;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import java.awt.image.BufferedImage;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes decoded pixels as a web JPEG that fits a box. Only pixels go in, so nothing of the source's metadata
 * (EXIF, GPS, XMP, ICC names, comments) can come out. Never enlarges.
 */
public final class Renditions {

    private static final float JPEG_QUALITY = 0.85f;

    private Renditions() {
    }

    public static Derivative jpeg(BufferedImage image, int maxEdge, AssetRole role, Path out) throws IOException {
        BufferedImage fitted = fit(image, maxEdge);
        writeJpeg(fitted, out);
        return Derivative.image(role, out, "image/jpeg", fitted.getWidth(), fitted.getHeight());
    }

    /**
     * The image as opaque 8-bit sRGB ({@code TYPE_INT_RGB}) scaled down by area averaging so its long edge is at
     * most {@code maxEdge}; itself when it already is such an image and fits.
     */
    public static BufferedImage fit(BufferedImage image, int maxEdge) throws IOException {
        return Downscale.toFit(image, maxEdge);
    }

    /**
     * The image as opaque 8-bit sRGB ({@code TYPE_INT_RGB}): transparency laid over white, other colour spaces
     * (CMYK, ICC-profiled RGB, grey with alpha, 16-bit, indexed) converted. Itself when it already is one.
     */
    public static BufferedImage opaqueRgb(BufferedImage image) {
        return SrgbPixels.opaque(image);
    }

    private static void writeJpeg(BufferedImage rgb, Path out) throws IOException {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ImageWriteParam param = writer.getDefaultWriteParam();
        param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
        param.setCompressionQuality(JPEG_QUALITY);
        try (OutputStream file = new BufferedOutputStream(Files.newOutputStream(out));
             ImageOutputStream stream = new MemoryCacheImageOutputStream(file)) {
            writer.setOutput(stream);
            // no metadata argument: the writer adds only its JFIF header
            writer.write(null, new IIOImage(rgb, null, null), param);
        } finally {
            writer.dispose();
        }
    }
}
