package cn.pingxuan.originality;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;

/**
 * DCT perceptual hash (pHash): the image shrunk to 32×32 grey, its 8×8 lowest frequencies compared with their
 * median. Survives re-encoding, resizing, slight colour and crop changes; a re-posted poster stays within a few bits.
 */
final class PerceptualHash {

    private static final int SIZE = 32;
    private static final int LOW = 8;

    private PerceptualHash() {
    }

    static long of(BufferedImage image) {
        double[][] grey = grey(image);
        double[][] dct = dct(grey);
        double[] low = new double[LOW * LOW];
        for (int u = 0; u < LOW; u++) {
            for (int v = 0; v < LOW; v++) {
                low[u * LOW + v] = dct[u][v];
            }
        }
        // the DC term (overall brightness) would dominate the median: leave it out of it
        double[] sorted = java.util.Arrays.copyOfRange(low, 1, low.length);
        java.util.Arrays.sort(sorted);
        double median = sorted[sorted.length / 2];
        long hash = 0;
        for (int i = 0; i < low.length; i++) {
            if (low[i] > median) {
                hash |= 1L << i;
            }
        }
        return hash;
    }

    private static double[][] grey(BufferedImage image) {
        BufferedImage small = new BufferedImage(SIZE, SIZE, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = small.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.drawImage(image, 0, 0, SIZE, SIZE, null);
        } finally {
            g.dispose();
        }
        double[][] grey = new double[SIZE][SIZE];
        for (int y = 0; y < SIZE; y++) {
            for (int x = 0; x < SIZE; x++) {
                int rgb = small.getRGB(x, y);
                grey[y][x] = 0.299 * ((rgb >> 16) & 0xff) + 0.587 * ((rgb >> 8) & 0xff) + 0.114 * (rgb & 0xff);
            }
        }
        return grey;
    }

    private static double[][] dct(double[][] f) {
        double[][] cos = new double[SIZE][SIZE];
        for (int u = 0; u < SIZE; u++) {
            for (int x = 0; x < SIZE; x++) {
                cos[u][x] = Math.cos((2 * x + 1) * u * Math.PI / (2.0 * SIZE));
            }
        }
        double[][] out = new double[LOW][LOW];
        for (int u = 0; u < LOW; u++) {
            for (int v = 0; v < LOW; v++) {
                double sum = 0;
                for (int y = 0; y < SIZE; y++) {
                    for (int x = 0; x < SIZE; x++) {
                        sum += f[y][x] * cos[u][y] * cos[v][x];
                    }
                }
                out[u][v] = sum;
            }
        }
        return out;
    }
}
