package cn.pingxuan.media.image;

import com.twelvemonkeys.imageio.metadata.Entry;
import com.twelvemonkeys.imageio.metadata.tiff.IFD;
import com.twelvemonkeys.imageio.metadata.tiff.Rational;
import com.twelvemonkeys.imageio.metadata.tiff.TIFF;
import com.twelvemonkeys.imageio.metadata.tiff.TIFFEntry;
import com.twelvemonkeys.imageio.metadata.tiff.TIFFWriter;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.awt.image.Raster;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Pictures made for the tests and the thumbnail benchmark, and the files that carry them. */
public final class TestPictures {

    public static final Color TOP_LEFT = new Color(220, 30, 30);
    public static final Color TOP_RIGHT = new Color(30, 180, 40);
    public static final Color BOTTOM_LEFT = new Color(30, 60, 220);
    public static final Color BOTTOM_RIGHT = new Color(240, 220, 40);

    private TestPictures() {
    }

    /** Four coloured quadrants: where each corner ends up shows how a picture was turned. */
    public static BufferedImage quadrants(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        fill(g, TOP_LEFT, 0, 0, width / 2, height / 2);
        fill(g, TOP_RIGHT, width / 2, 0, width - width / 2, height / 2);
        fill(g, BOTTOM_LEFT, 0, height / 2, width / 2, height - height / 2);
        fill(g, BOTTOM_RIGHT, width / 2, height / 2, width - width / 2, height - height / 2);
        g.dispose();
        return image;
    }

    private static void fill(Graphics2D g, Color colour, int x, int y, int width, int height) {
        g.setColor(colour);
        g.fillRect(x, y, width, height);
    }

    /**
     * Photo-like content (a sky gradient, overlapping translucent shapes, fine lines and sensor-like noise): it
     * compresses like a real photo (a 24 MP JPEG at quality 0.92 is about 8 MB), unlike flat colour.
     */
    public static BufferedImage photo(int width, int height, long seed) {
        Random random = new Random(seed);
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setPaint(new GradientPaint(0, 0, new Color(90, 140, 210), 0, height * 0.6f, new Color(230, 220, 190)));
        g.fillRect(0, 0, width, height);
        int shortEdge = Math.min(width, height);
        for (int i = 0; i < 400; i++) {
            g.setColor(new Color(random.nextInt(256), random.nextInt(256), random.nextInt(256), 60 + random.nextInt(150)));
            int size = (int) (shortEdge * (0.02 + random.nextDouble() * 0.25));
            g.fillOval(random.nextInt(width) - size / 2, random.nextInt(height) - size / 2, size,
                    (int) (size * (0.5 + random.nextDouble())));
        }
        g.setStroke(new BasicStroke(Math.max(1, width / 1500f)));
        for (int i = 0; i < 3000; i++) {
            g.setColor(new Color(random.nextInt(256), random.nextInt(256), random.nextInt(256), 120));
            int x = random.nextInt(width);
            int y = random.nextInt(height);
            g.drawLine(x, y, x + random.nextInt(200) - 100, y + random.nextInt(200) - 100);
        }
        g.dispose();
        int[] pixels = ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
        for (int i = 0; i < pixels.length; i++) {
            int noise = (int) (random.nextGaussian() * 6);
            int rgb = pixels[i];
            pixels[i] = clamp((rgb >> 16 & 0xff) + noise) << 16 | clamp((rgb >> 8 & 0xff) + noise) << 8
                    | clamp((rgb & 0xff) + noise);
        }
        return image;
    }

    private static int clamp(int value) {
        return Math.max(0, Math.min(255, value));
    }

    public static byte[] jpeg(BufferedImage image, float quality) {
        return jpeg(image, quality, false);
    }

    public static byte[] progressiveJpeg(BufferedImage image) {
        return jpeg(image, 0.9f, true);
    }

    private static byte[] jpeg(BufferedImage image, float quality, boolean progressive) {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ImageWriteParam param = writer.getDefaultWriteParam();
        param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
        param.setCompressionQuality(quality);
        if (progressive) {
            param.setProgressiveMode(ImageWriteParam.MODE_DEFAULT);
        }
        return write(writer, new IIOImage(image, null, null), param);
    }

    /** Any format ImageIO writes (png, gif, bmp, tiff), whole. */
    public static byte[] encode(BufferedImage image, String format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            if (!ImageIO.write(image, format, out)) {
                throw new IllegalArgumentException("no " + format + " writer for image type " + image.getType());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /**
     * A JPEG as cameras write it: an EXIF APP1 block with the Orientation tag and, if asked, a GPS position (the
     * kind that must never be published for minors).
     */
    public static byte[] jpegWithExif(BufferedImage stored, int orientation, boolean gps) {
        List<Entry> ifd0 = new ArrayList<>(List.of(
                new TIFFEntry(TIFF.TAG_MAKE, TIFF.TYPE_ASCII, "PingxuanPhone"),
                new TIFFEntry(TIFF.TAG_ORIENTATION, TIFF.TYPE_SHORT, orientation)));
        if (gps) {
            ifd0.add(new TIFFEntry(TIFF.TAG_GPS_IFD, TIFF.TYPE_IFD, new IFD(List.of(
                    new TIFFEntry(1, TIFF.TYPE_ASCII, "N"),
                    new TIFFEntry(2, TIFF.TYPE_RATIONAL, new Rational[] {new Rational(39), new Rational(54), new Rational(2712, 100)}),
                    new TIFFEntry(3, TIFF.TYPE_ASCII, "E"),
                    new TIFFEntry(4, TIFF.TYPE_RATIONAL, new Rational[] {new Rational(116), new Rational(23), new Rational(4416, 100)})))));
        }
        byte[] tiff = tiff(ifd0);
        return withSegment(jpeg(stored, 0.92f), 0xE1, concat("Exif\0\0".getBytes(StandardCharsets.ISO_8859_1), tiff));
    }

    /** A TIFF structure (header and one IFD), as an EXIF block or a WebP EXIF chunk carries it. */
    public static byte[] tiff(List<Entry> entries) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
            new TIFFWriter().write(entries, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /**
     * A CMYK JPEG as Photoshop writes one: four channels, stored inverted, marked by an Adobe APP14 segment
     * (transform 0); no ICC profile, so the reader falls back to a generic CMYK conversion.
     */
    public static byte[] adobeCmykJpeg(int width, int height, int[] leftCmyk, int[] rightCmyk) {
        Raster raster = cmykRaster(width, height, leftCmyk, rightCmyk);
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        byte[] plain = write(writer, new IIOImage(raster, null, null), writer.getDefaultWriteParam());
        byte[] adobe = {'A', 'd', 'o', 'b', 'e', 0, 100, 0, 0, 0, 0, 0};
        return withSegment(plain, 0xEE, adobe);
    }

    private static Raster cmykRaster(int width, int height, int[] leftCmyk, int[] rightCmyk) {
        var raster = Raster.createInterleavedRaster(java.awt.image.DataBuffer.TYPE_BYTE, width, height, 4, null);
        int[] left = inverted(leftCmyk);
        int[] right = inverted(rightCmyk);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                raster.setPixel(x, y, x < width / 2 ? left : right);
            }
        }
        return raster;
    }

    private static int[] inverted(int[] cmyk) {
        int[] inverted = new int[4];
        for (int i = 0; i < 4; i++) {
            inverted[i] = 255 - cmyk[i];
        }
        return inverted;
    }

    /** The JPEG with an APPn segment inserted right after SOI. */
    public static byte[] withSegment(byte[] jpeg, int marker, byte[] payload) {
        int length = payload.length + 2;
        byte[] header = {(byte) 0xFF, (byte) marker, (byte) (length >> 8), (byte) length};
        return concat(new byte[] {jpeg[0], jpeg[1]}, header, payload, java.util.Arrays.copyOfRange(jpeg, 2, jpeg.length));
    }

    private static byte[] write(ImageWriter writer, IIOImage image, ImageWriteParam param) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
            writer.setOutput(out);
            writer.write(null, image, param);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }

    public static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }
}
