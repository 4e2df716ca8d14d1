package cn.pingxuan.media;

import io.micronaut.core.annotation.Nullable;

import java.util.Optional;

/**
 * A single byte range of an HTTP {@code Range} header (RFC 9110), resolved against the file size:
 * {@code bytes=0-499}, {@code bytes=500-} or the last bytes {@code bytes=-500}. Several ranges are not
 * served as one; the whole file is sent instead, which the RFC allows.
 */
public record HttpRange(long first, long last) {

    public long length() {
        return last - first + 1;
    }

    public String contentRange(long size) {
        return "bytes " + first + "-" + last + "/" + size;
    }

    /** Empty when there is no usable single range (serve the whole file); throws when the range is unsatisfiable. */
    public static Optional<HttpRange> parse(@Nullable String header, long size) {
        if (header == null || !header.startsWith("bytes=") || header.contains(",")) {
            return Optional.empty();
        }
        String spec = header.substring("bytes=".length()).strip();
        int dash = spec.indexOf('-');
        if (dash < 0) {
            return Optional.empty();
        }
        try {
            String start = spec.substring(0, dash).strip();
            String end = spec.substring(dash + 1).strip();
            if (start.isEmpty()) {
                long suffix = Long.parseLong(end);
                if (suffix <= 0 || size == 0) {
                    throw new Unsatisfiable(size);
                }
                return Optional.of(new HttpRange(Math.max(0, size - suffix), size - 1));
            }
            long first = Long.parseLong(start);
            long last = end.isEmpty() ? size - 1 : Math.min(Long.parseLong(end), size - 1);
            if (first >= size || first > last) {
                throw new Unsatisfiable(size);
            }
            return Optional.of(new HttpRange(first, last));
        } catch (NumberFormatException malformed) {
            return Optional.empty();
        }
    }

    /** 416: the range starts past the end of the file. */
    public static final class Unsatisfiable extends RuntimeException {
        private final long size;

        Unsatisfiable(long size) {
            super("range not satisfiable for " + size + " bytes");
            this.size = size;
        }

        public long size() {
            return size;
        }
    }
}
