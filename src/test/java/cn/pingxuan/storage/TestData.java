package cn.pingxuan.storage;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * An endless, reproducible byte sequence per seed. Streams of it have no known length (unlike a
 * ByteArrayInputStream), and any slice can be recomputed to check what a store returns.
 */
final class TestData {

    private TestData() {
    }

    static byte byteAt(long seed, long position) {
        long z = seed * 0x9E3779B97F4A7C15L + (position >>> 3);
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        z = z ^ (z >>> 31);
        return (byte) (z >>> ((position & 7) * 8));
    }

    static byte[] bytes(long seed, long offset, int length) {
        byte[] bytes = new byte[length];
        for (int i = 0; i < length; i++) {
            bytes[i] = byteAt(seed, offset + i);
        }
        return bytes;
    }

    /** Bytes {@code [offset, offset + length)} of the sequence. */
    static InputStream stream(long seed, long offset, long length) {
        return new InputStream() {
            private long position = offset;
            private final long end = offset + length;

            @Override
            public int read() {
                return position < end ? byteAt(seed, position++) & 0xff : -1;
            }

            @Override
            public int read(byte[] b, int off, int len) {
                if (len == 0) {
                    return 0;
                }
                if (position >= end) {
                    return -1;
                }
                int n = (int) Math.min(len, end - position);
                for (int i = 0; i < n; i++) {
                    b[off + i] = byteAt(seed, position++);
                }
                return n;
            }
        };
    }

    static InputStream stream(long seed, long length) {
        return stream(seed, 0, length);
    }

    static String sha256(long seed, long offset, long length) {
        return sha256(stream(seed, offset, length));
    }

    /** Reads the stream to its end and closes it. */
    static String sha256(InputStream in) {
        try (in) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[64 * 1024];
            for (int n; (n = in.read(buffer)) >= 0; ) {
                digest.update(buffer, 0, n);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static byte[] readAll(InputStream in) {
        try (in) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
