package cn.pingxuan.media;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;

/**
 * Shrinks opaque {@code TYPE_INT_RGB} images: exact 2×2 averages while the image is at least twice the target
 * (no pixel is skipped, so no aliasing), then one bilinear step for the rest.
 */
final class Downscale {

    private Downscale() {
    }

    static BufferedImage toFit(BufferedImage rgb, int maxEdge) {
        int width = rgb.getWidth();
        int height = rgb.getHeight();
        if (Math.max(width, height) <= maxEdge) {
            return rgb;
        }
        double scale = (double) maxEdge / Math.max(width, height);
        int targetWidth = Math.max(1, (int) Math.round(width * scale));
        int targetHeight = Math.max(1, (int) Math.round(height * scale));
        BufferedImage current = rgb;
        while (current.getWidth() >= 2 * targetWidth && current.getHeight() >= 2 * targetHeight) {
            current = halve(current);
        }
        if (current.getWidth() == targetWidth && current.getHeight() == targetHeight) {
            return current;
        }
        return bilinear(current, targetWidth, targetHeight);
    }

    private static BufferedImage halve(BufferedImage rgb) {
        int width = rgb.getWidth() / 2;
        int height = rgb.getHeight() / 2;
        int sourceWidth = width * 2;
        int[] upper = new int[sourceWidth];
        int[] lower = new int[sourceWidth];
        int[] row = new int[width];
        BufferedImage half = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < height; y++) {
            rgb.getRaster().getDataElements(0, 2 * y, sourceWidth, 1, upper);
            rgb.getRaster().getDataElements(0, 2 * y + 1, sourceWidth, 1, lower);
            for (int x = 0; x < width; x++) {
                int a = upper[2 * x];
                int b = upper[2 * x + 1];
                int c = lower[2 * x];
                int d = lower[2 * x + 1];
                int red = ((a >> 16 & 0xff) + (b >> 16 & 0xff) + (c >> 16 & 0xff) + (d >> 16 & 0xff) + 2) >> 2;
                int green = ((a >> 8 & 0xff) + (b >> 8 & 0xff) + (c >> 8 & 0xff) + (d >> 8 & 0xff) + 2) >> 2;
                int blue = ((a & 0xff) + (b & 0xff) + (c & 0xff) + (d & 0xff) + 2) >> 2;
                row[x] = red << 16 | green << 8 | blue;
            }
            half.getRaster().setDataElements(0, y, width, 1, row);
        }
        return half;
    }

    private static BufferedImage bilinear(BufferedImage rgb, int width, int height) {
        BufferedImage scaled = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = scaled.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.drawImage(rgb, 0, 0, width, height, null);
        } finally {
            g.dispose();
        }
        return scaled;
    }
}
