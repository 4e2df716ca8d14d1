package cn.pingxuan.media;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.color.ColorSpace;
import java.awt.image.BufferedImage;
import java.awt.image.ColorConvertOp;
import java.awt.image.ColorModel;
import java.awt.image.Raster;

/** Any decoded image as opaque 8-bit sRGB ({@code TYPE_INT_RGB}), transparency laid over white. */
final class SrgbPixels {

    private SrgbPixels() {
    }

    static BufferedImage opaque(BufferedImage image) {
        ColorModel model = image.getColorModel();
        ColorSpace space = model.getColorSpace();
        if (image.getType() == BufferedImage.TYPE_INT_RGB && space.isCS_sRGB()) {
            return image;
        }
        boolean grey = space.getType() == ColorSpace.TYPE_GRAY;
        boolean drawnRight = image.getType() == BufferedImage.TYPE_BYTE_GRAY
                || image.getType() == BufferedImage.TYPE_USHORT_GRAY;
        if (grey && !drawnRight) {
            return greyOverWhite(image);
        }
        BufferedImage source = image;
        if (!grey && !space.isCS_sRGB()) {
            BufferedImage converted = new BufferedImage(image.getWidth(), image.getHeight(),
                    model.hasAlpha() ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
            source = new ColorConvertOp(null).filter(image, converted);
            if (!model.hasAlpha()) {
                return source;
            }
        }
        BufferedImage rgb = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = rgb.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, rgb.getWidth(), rgb.getHeight());
            g.drawImage(source, 0, 0, null);
        } finally {
            g.dispose();
        }
        return rgb;
    }

    /**
     * Java2D draws grey images other than its two standard types (grey with alpha, for one) through their linear
     * CS_GRAY colour space and brightens them (100 becomes 168); browsers show the stored values as sRGB, so
     * blend the samples by hand.
     */
    private static BufferedImage greyOverWhite(BufferedImage image) {
        Raster raster = image.getRaster();
        int width = image.getWidth();
        int bands = raster.getNumBands();
        boolean hasAlpha = image.getColorModel().hasAlpha();
        int greyMax = (1 << image.getColorModel().getComponentSize(0)) - 1;
        int alphaMax = hasAlpha ? (1 << image.getColorModel().getComponentSize(bands - 1)) - 1 : 1;
        int[] samples = new int[width * bands];
        int[] row = new int[width];
        BufferedImage rgb = new BufferedImage(width, image.getHeight(), BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < image.getHeight(); y++) {
            raster.getPixels(0, y, width, 1, samples);
            for (int x = 0; x < width; x++) {
                long grey = samples[bands * x] * 255L / greyMax;
                long alpha = hasAlpha ? samples[bands * x + bands - 1] : alphaMax;
                int value = (int) ((grey * alpha + 255L * (alphaMax - alpha) + alphaMax / 2) / alphaMax);
                row[x] = value << 16 | value << 8 | value;
            }
            rgb.getRaster().setDataElements(0, y, width, 1, row);
        }
        return rgb;
    }
}
