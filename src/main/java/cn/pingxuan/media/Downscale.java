package cn.pingxuan.media;

import java.awt.color.ColorSpace;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.awt.image.DataBufferInt;
import java.awt.image.PixelInterleavedSampleModel;
import java.awt.image.Raster;
import java.awt.image.SampleModel;
import java.awt.image.SinglePixelPackedSampleModel;
import java.util.Arrays;

/**
 * Shrinks opaque RGB images by area averaging: each new pixel is the mean of the source area it covers, partly
 * covered pixels weighted by their share. No pixel is skipped, so fine patterns (screentones, hatching) do not
 * alias as they do with bilinear steps near half size.
 * <p>
 * Two separable passes, rows first. The three channels of a pixel are spread into one long, 21 bits apart, so one
 * multiplication weighs all three. Packed ints and interleaved bytes (what JPEG readers return) are read straight
 * from their buffers, in whatever RGB colour space they are: the small result is converted to sRGB, which costs a
 * fraction of converting the large source. Other layouts are converted first.
 */
final class Downscale {

    /** Weights are 256ths: 255 × 256 fits a 21-bit lane with room for the rounding half. */
    private static final int WEIGHT_BITS = 8;
    private static final int ONE = 1 << WEIGHT_BITS;
    private static final int LANE = 21;
    private static final long HALF = (ONE / 2L) << 2 * LANE | (ONE / 2L) << LANE | ONE / 2L;

    private Downscale() {
    }

    static BufferedImage toFit(BufferedImage image, int maxEdge) {
        int width = image.getWidth();
        int height = image.getHeight();
        if (Math.max(width, height) <= maxEdge) {
            return SrgbPixels.opaque(image);
        }
        double scale = (double) maxEdge / Math.max(width, height);
        int targetWidth = Math.max(1, (int) Math.round(width * scale));
        int targetHeight = Math.max(1, (int) Math.round(height * scale));
        Samples samples = Samples.of(image);
        int[] rows = vertical(samples, width, Axis.of(height, targetHeight));
        int[] shrunk = horizontal(rows, width, targetHeight, Axis.of(width, targetWidth));
        return SrgbPixels.opaque(PackedPixels.image(shrunk, targetWidth, targetHeight, false, samples.space()));
    }

    /** The image with its rows averaged down, as 0xRRGGBB ints. */
    private static int[] vertical(Samples samples, int width, Axis rows) {
        int[] result = new int[width * rows.count()];
        long[] sums = new long[width];
        int[] ints = samples.ints();
        byte[] bytes = samples.bytes();
        int red = samples.red();
        int green = samples.green();
        int blue = samples.blue();
        for (int y = 0; y < rows.count(); y++) {
            Arrays.fill(sums, HALF);
            for (int t = 0; t < rows.taps; t++) {
                long weight = rows.weights[y * rows.taps + t];
                int source = rows.first[y] + t;
                if (weight == 0) {
                    continue;
                }
                if (ints != null) {
                    for (int x = 0, at = source * width; x < width; x++, at++) {
                        sums[x] += spread(ints[at]) * weight;
                    }
                } else {
                    for (int x = 0, at = source * width * 3; x < width; x++, at += 3) {
                        long rgb = (bytes[at + red] & 0xffL) << 2 * LANE | (bytes[at + green] & 0xffL) << LANE
                                | bytes[at + blue] & 0xffL;
                        sums[x] += rgb * weight;
                    }
                }
            }
            for (int x = 0, at = y * width; x < width; x++, at++) {
                result[at] = packed(sums[x]);
            }
        }
        return result;
    }

    private static int[] horizontal(int[] pixels, int width, int height, Axis columns) {
        int count = columns.count();
        int taps = columns.taps;
        int[] result = new int[count * height];
        long[] row = new long[width + taps]; // zero weights may reach past the end
        for (int y = 0; y < height; y++) {
            for (int x = 0, at = y * width; x < width; x++, at++) {
                row[x] = spread(pixels[at]);
            }
            for (int x = 0, k = 0, at = y * count; x < count; x++, at++) {
                long sum = HALF;
                int source = columns.first[x];
                for (int t = 0; t < taps; t++, k++) {
                    sum += row[source + t] * columns.weights[k];
                }
                result[at] = packed(sum);
            }
        }
        return result;
    }

    /** 0xRRGGBB as three 21-bit lanes of one long. */
    private static long spread(int rgb) {
        return (rgb & 0xff0000L) << (2 * LANE - 16) | (rgb & 0xff00L) << (LANE - 8) | rgb & 0xffL;
    }

    /** The lanes of a weighted sum, divided by the weights' total, back as 0xRRGGBB. */
    private static int packed(long sum) {
        return (int) (sum >>> (2 * LANE + WEIGHT_BITS) & 0xff) << 16
                | (int) (sum >>> (LANE + WEIGHT_BITS) & 0xff) << 8
                | (int) (sum >>> WEIGHT_BITS & 0xff);
    }

    /**
     * Where an opaque RGB image's samples are: one 0xRRGGBB int per pixel, or three bytes per pixel at the given
     * offsets; and which colour space they are in.
     */
    private record Samples(int[] ints, byte[] bytes, int red, int green, int blue, ColorSpace space) {

        static Samples of(BufferedImage image) {
            Raster raster = image.getRaster();
            SampleModel model = raster.getSampleModel();
            ColorSpace space = image.getColorModel().getColorSpace();
            boolean plainRgb = !image.getColorModel().hasAlpha() && space.getType() == ColorSpace.TYPE_RGB
                    && raster.getSampleModelTranslateX() == 0 && raster.getSampleModelTranslateY() == 0
                    && raster.getDataBuffer().getOffset() == 0 && raster.getDataBuffer().getNumBanks() == 1;
            if (plainRgb && raster.getDataBuffer() instanceof DataBufferInt ints
                    && model instanceof SinglePixelPackedSampleModel packed
                    && packed.getScanlineStride() == image.getWidth()
                    && Arrays.equals(packed.getBitMasks(), new int[] {0xff0000, 0xff00, 0xff})) {
                return new Samples(ints.getData(), null, 0, 0, 0, space);
            }
            if (plainRgb && raster.getDataBuffer() instanceof DataBufferByte bytes
                    && model instanceof PixelInterleavedSampleModel interleaved && interleaved.getNumBands() == 3
                    && interleaved.getPixelStride() == 3 && interleaved.getScanlineStride() == 3 * image.getWidth()) {
                int[] offsets = interleaved.getBandOffsets();
                return new Samples(null, bytes.getData(), offsets[0], offsets[1], offsets[2], space);
            }
            BufferedImage rgb = SrgbPixels.opaque(image);
            int[] pixels = (int[]) rgb.getRaster().getDataElements(0, 0, rgb.getWidth(), rgb.getHeight(), null);
            return new Samples(pixels, null, 0, 0, 0, rgb.getColorModel().getColorSpace());
        }
    }

    /**
     * For each new pixel along one axis: the first source pixel it covers and the weights of the {@code taps}
     * pixels from there (as many for every new pixel, so the loops have a fixed length; unused ones are zero).
     */
    private record Axis(int[] first, int taps, int[] weights) {

        int count() {
            return first.length;
        }

        static Axis of(int sourceLength, int resultLength) {
            double scale = (double) sourceLength / resultLength;
            int taps = (int) Math.ceil(scale) + 1;
            int[] first = new int[resultLength];
            int[] weights = new int[resultLength * taps];
            for (int i = 0; i < resultLength; i++) {
                double start = i * scale;
                double end = Math.min(sourceLength, (i + 1) * scale);
                first[i] = (int) start;
                // weights from rounded running totals: they add up to exactly ONE and none is negative
                long before = 0;
                for (int j = first[i]; j < end; j++) {
                    long upTo = Math.round((Math.min(end, j + 1) - start) / (end - start) * ONE);
                    weights[i * taps + j - first[i]] = (int) (upTo - before);
                    before = upTo;
                }
            }
            return new Axis(first, taps, weights);
        }
    }
}
