package cn.pingxuan.storage;

import java.io.EOFException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

final class Streams {

    private static final int BUFFER_SIZE = 64 * 1024;

    private Streams() {
    }

    /** Copies exactly {@code length} bytes and leaves the rest of {@code in} unread. */
    static void copyExactly(InputStream in, OutputStream out, long length) throws IOException {
        byte[] buffer = new byte[(int) Math.min(BUFFER_SIZE, Math.max(length, 1))];
        long remaining = length;
        while (remaining > 0) {
            int read = in.read(buffer, 0, (int) Math.min(buffer.length, remaining));
            if (read < 0) {
                throw new EOFException("stream ended after " + (length - remaining) + " of " + length + " bytes");
            }
            out.write(buffer, 0, read);
            remaining -= read;
        }
    }

    /** A view of the next {@code limit} bytes of {@code in}; closing it closes {@code in}. */
    static InputStream limit(InputStream in, long limit) {
        return new FilterInputStream(in) {
            private long remaining = limit;

            @Override
            public int read() throws IOException {
                if (remaining <= 0) {
                    return -1;
                }
                int b = super.read();
                if (b >= 0) {
                    remaining--;
                }
                return b;
            }

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                if (remaining <= 0) {
                    return -1;
                }
                int read = super.read(b, off, (int) Math.min(len, remaining));
                if (read > 0) {
                    remaining -= read;
                }
                return read;
            }

            @Override
            public long skip(long n) throws IOException {
                long skipped = super.skip(Math.min(n, remaining));
                remaining -= skipped;
                return skipped;
            }

            @Override
            public int available() throws IOException {
                return (int) Math.min(super.available(), remaining);
            }

            @Override
            public boolean markSupported() {
                return false;
            }
        };
    }
}
