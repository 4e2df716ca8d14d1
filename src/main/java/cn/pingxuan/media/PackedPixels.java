package cn.pingxuan.media;

import java.awt.color.ColorSpace;
import java.awt.image.BufferedImage;
import java.awt.image.DataBuffer;
import java.awt.image.DataBufferInt;
import java.awt.image.DirectColorModel;
import java.awt.image.Raster;
import java.awt.image.WritableRaster;

/** Packed 0xAARRGGBB pixels as an image without copying them: decoded pictures can be tens of megabytes. */
public final class PackedPixels {

    private PackedPixels() {
    }

    /** A {@code TYPE_INT_RGB} image, or {@code TYPE_INT_ARGB} with {@code alpha}, backed by the array. */
    public static BufferedImage image(int[] pixels, int width, int height, boolean alpha) {
        return image(pixels, width, height, alpha, ColorSpace.getInstance(ColorSpace.CS_sRGB));
    }

    /**
     * The same in another RGB colour space (an embedded ICC profile's): {@link Renditions} converts such pictures
     * to sRGB after shrinking them, where the conversion costs little.
     */
    public static BufferedImage image(int[] pixels, int width, int height, boolean alpha, ColorSpace space) {
        DirectColorModel model = new DirectColorModel(space, alpha ? 32 : 24, 0xff0000, 0xff00, 0xff,
                alpha ? 0xff000000 : 0, false, DataBuffer.TYPE_INT);
        WritableRaster raster = Raster.createPackedRaster(new DataBufferInt(pixels, width * height), width, height,
                width, model.getMasks(), null);
        return new BufferedImage(model, raster, false, null);
    }
}
