package cn.pingxuan.media.image;

import cn.pingxuan.media.MediaRejectedException;

import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * What a WebP file's RIFF chunks state, read without decoding: the VP8X canvas and flags, or the size in the
 * VP8 / VP8L frame header; the EXIF chunk's orientation.
 */
record WebpHeader(int width, int height, boolean alpha, boolean lossless, boolean animated,
                  ExifOrientation orientation) {

    private static final int MAX_EXIF_BYTES = 1 << 20;

    static WebpHeader read(Path file) throws IOException, MediaRejectedException {
        try (FileChannel channel = FileChannel.open(file)) {
            ByteBuffer riff = read(channel, 0, 12);
            if (!fourCc(riff, 0).equals("RIFF") || !fourCc(riff, 8).equals("WEBP")) {
                throw ImageRejections.broken(new IOException("not a RIFF WEBP file"));
            }
            long end = Math.min(channel.size(), 8 + Integer.toUnsignedLong(riff.getInt(4)));
            Chunks chunks = new Chunks();
            for (long position = 12; position + 8 <= end; ) {
                ByteBuffer chunk = read(channel, position, 8);
                long size = Integer.toUnsignedLong(chunk.getInt(4));
                chunks.add(channel, fourCc(chunk, 0), position + 8, size);
                position += 8 + size + (size & 1);
            }
            return chunks.header();
        } catch (EOFException | IllegalArgumentException truncated) {
            throw ImageRejections.broken(truncated);
        }
    }

    /** Collects the facts chunk by chunk; VP8X, when present, is first and wins over the frame's own size. */
    private static final class Chunks {
        private int width;
        private int height;
        private boolean alpha;
        private boolean lossless;
        private boolean animated;
        private ExifOrientation orientation = ExifOrientation.NORMAL;

        void add(FileChannel channel, String type, long payload, long size) throws IOException, MediaRejectedException {
            switch (type) {
                case "VP8X" -> {
                    ByteBuffer b = read(channel, payload, 10);
                    alpha = (b.get(0) & 0x10) != 0;
                    animated = (b.get(0) & 0x02) != 0;
                    width = 1 + uint24(b, 4);
                    height = 1 + uint24(b, 7);
                }
                case "VP8 " -> {
                    ByteBuffer b = read(channel, payload, 10);
                    if ((b.get(3) & 0xff) != 0x9d || (b.get(4) & 0xff) != 0x01 || (b.get(5) & 0xff) != 0x2a) {
                        throw ImageRejections.broken(new IOException("VP8 start code missing"));
                    }
                    if (width == 0) {
                        width = b.getShort(6) & 0x3fff;
                        height = b.getShort(8) & 0x3fff;
                    }
                }
                case "VP8L" -> {
                    lossless = true;
                    ByteBuffer b = read(channel, payload, 5);
                    if ((b.get(0) & 0xff) != 0x2f) {
                        throw ImageRejections.broken(new IOException("VP8L signature missing"));
                    }
                    int bits = b.getInt(1);
                    if (width == 0) {
                        width = (bits & 0x3fff) + 1;
                        height = (bits >>> 14 & 0x3fff) + 1;
                    }
                    alpha |= (bits >>> 28 & 1) != 0;
                }
                case "ANIM", "ANMF" -> animated = true;
                case "EXIF" -> {
                    if (size <= MAX_EXIF_BYTES) {
                        orientation = ExifOrientation.ofTiff(tiffStructure(read(channel, payload, (int) size)));
                    }
                }
                default -> {
                    // ICCP, XMP, ALPH: nothing the header needs
                }
            }
        }

        WebpHeader header() throws MediaRejectedException {
            if (width <= 0 || height <= 0) {
                throw ImageRejections.broken(new IOException("no image chunk"));
            }
            return new WebpHeader(width, height, alpha, lossless, animated, orientation);
        }
    }

    /** Some writers keep the JPEG-style "Exif\0\0" prefix in front of the TIFF structure. */
    private static byte[] tiffStructure(ByteBuffer exif) {
        byte[] bytes = new byte[exif.remaining()];
        exif.get(bytes);
        boolean prefixed = bytes.length > 6 && new String(bytes, 0, 4, StandardCharsets.ISO_8859_1).equals("Exif");
        return prefixed ? java.util.Arrays.copyOfRange(bytes, 6, bytes.length) : bytes;
    }

    private static ByteBuffer read(FileChannel channel, long position, int length) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(length).order(ByteOrder.LITTLE_ENDIAN);
        while (buffer.hasRemaining()) {
            if (channel.read(buffer, position + buffer.position()) < 0) {
                throw new EOFException("WebP chunk cut off at " + (position + buffer.position()));
            }
        }
        return buffer.flip();
    }

    private static String fourCc(ByteBuffer buffer, int offset) {
        byte[] code = new byte[4];
        buffer.get(offset, code);
        return new String(code, StandardCharsets.ISO_8859_1);
    }

    private static int uint24(ByteBuffer buffer, int offset) {
        return (buffer.get(offset) & 0xff) | (buffer.get(offset + 1) & 0xff) << 8 | (buffer.get(offset + 2) & 0xff) << 16;
    }
}
