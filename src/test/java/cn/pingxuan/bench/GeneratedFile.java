package cn.pingxuan.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.SplittableRandom;

/**
 * A file of pseudo-random bytes that exists only as a seed: any range can be produced again (a resumed upload sends
 * from wherever the server stopped), so twenty uploads of many MiB cost the load generator neither memory nor disk.
 * It opens with an MP4 file-type box, as the upload purpose sniffs the content.
 */
final class GeneratedFile {

    private static final int BLOCK = 1 << 16;
    private static final byte[] MP4_HEADER = {0, 0, 0, 0x18, 'f', 't', 'y', 'p', 'i', 's', 'o', 'm', 0, 0, 2, 0,
            'i', 's', 'o', 'm', 'i', 's', 'o', '2'};

    private final long seed;
    private final long size;
    private final String sha256;

    GeneratedFile(long seed, long size) {
        this.seed = seed;
        this.size = size;
        this.sha256 = digest();
    }

    long size() {
        return size;
    }

    String sha256() {
        return sha256;
    }

    /** Bytes {@code from} to {@code to} (exclusive), handed out no faster than {@code bytesPerSecond} (0: at once). */
    InputStream open(long from, long to, long bytesPerSecond) {
        return new InputStream() {
            private final long started = System.nanoTime();
            private final byte[] block = new byte[BLOCK];
            private long loaded = -1;
            private long position = from;

            @Override
            public int read() throws IOException {
                byte[] one = new byte[1];
                return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
            }

            @Override
            public int read(byte[] target, int offset, int length) throws IOException {
                if (position >= to) {
                    return -1;
                }
                pace();
                long index = position / BLOCK;
                if (index != loaded) {
                    fill(index, block);
                    loaded = index;
                }
                int within = (int) (position % BLOCK);
                int n = (int) Math.min(Math.min(length, BLOCK - within), to - position);
                System.arraycopy(block, within, target, offset, n);
                position += n;
                return n;
            }

            private void pace() throws IOException {
                if (bytesPerSecond <= 0) {
                    return;
                }
                long due = started + (long) ((position - from) * 1e9 / bytesPerSecond);
                long ahead = due - System.nanoTime();
                if (ahead > 1_000_000) {
                    try {
                        Thread.sleep(ahead / 1_000_000);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        throw new IOException("interrupted", e);
                    }
                }
            }
        };
    }

    private void fill(long index, byte[] block) {
        new SplittableRandom(seed * 0x9E3779B97F4A7C15L + index).nextBytes(block);
        if (index == 0) {
            System.arraycopy(MP4_HEADER, 0, block, 0, MP4_HEADER.length);
        }
    }

    private String digest() {
        try (InputStream in = open(0, size, 0)) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[BLOCK];
            for (int n; (n = in.read(buffer)) > 0; ) {
                digest.update(buffer, 0, n);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
