package cn.pingxuan.media.image;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.awt.image.DirectColorModel;
import java.awt.image.Raster;
import java.awt.image.WritableRaster;

/** Packed 0xAARRGGBB pixels as an image without copying them: decoded pictures can be tens of megabytes. */
final class PackedPixels {

    private static final DirectColorModel RGB = new DirectColorModel(24, 0xff0000, 0xff00, 0xff);
    private static final DirectColorModel ARGB = new DirectColorModel(32, 0xff0000, 0xff00, 0xff, 0xff000000);

    private PackedPixels() {
    }

    /** A {@code TYPE_INT_RGB} image, or {@code TYPE_INT_ARGB} with {@code alpha}, backed by the array. */
    static BufferedImage image(int[] pixels, int width, int height, boolean alpha) {
        DirectColorModel model = alpha ? ARGB : RGB;
        WritableRaster raster = Raster.createPackedRaster(new DataBufferInt(pixels, width * height), width, height,
                width, model.getMasks(), null);
        return new BufferedImage(model, raster, false, null);
    }
}
