package cn.pingxuan.media.video;

import java.nio.ByteBuffer;

/**
 * Brightness and detail of a picture's luma plane, sampled on a grid: enough to tell a fade or title card from a
 * frame that shows the work.
 *
 * @param mean      average luma (limited range: 16 is black, 235 white)
 * @param deviation standard deviation of the luma
 * @param detail    mean luma difference between neighbouring samples: edges and texture
 */
record LumaStats(double mean, double deviation, double detail) {

    private static final int SAMPLES_ON_SHORT_EDGE = 90;

    static LumaStats of(ByteBuffer plane, int width, int height) {
        int step = Math.max(1, Math.min(width, height) / SAMPLES_ON_SHORT_EDGE);
        long sum = 0;
        long squares = 0;
        long samples = 0;
        long differences = 0;
        long neighbours = 0;
        for (int y = 0; y < height; y += step) {
            for (int x = 0; x < width; x += step) {
                int luma = plane.get(y * width + x) & 0xff;
                sum += luma;
                squares += (long) luma * luma;
                samples++;
                if (x + step < width) {
                    differences += Math.abs(luma - (plane.get(y * width + x + step) & 0xff));
                    neighbours++;
                }
                if (y + step < height) {
                    differences += Math.abs(luma - (plane.get((y + step) * width + x) & 0xff));
                    neighbours++;
                }
            }
        }
        double mean = (double) sum / samples;
        double variance = Math.max(0, (double) squares / samples - mean * mean);
        return new LumaStats(mean, Math.sqrt(variance), neighbours == 0 ? 0 : (double) differences / neighbours);
    }

    /** Not black, not white, not one flat colour. */
    boolean showsSomething() {
        return mean >= 24 && mean <= 230 && deviation >= 8;
    }
}
