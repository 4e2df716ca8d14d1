package cn.pingxuan.storage;

/**
 * A ranged read as both stores (and S3) understand it: the whole blob, or {@code length} bytes from
 * {@code offset} clamped to the end. A range must start inside the blob.
 *
 * @param length null means up to the end
 */
record ByteRange(long offset, Long length) {

    ByteRange {
        if (offset < 0) {
            throw new IllegalArgumentException("offset must not be negative: " + offset);
        }
        if (length != null && length < 1) {
            throw new IllegalArgumentException("length must be at least 1 (or null for the rest): " + length);
        }
    }

    /** Whole-blob reads are valid even for an empty blob, where no range could start inside it. */
    boolean isWholeBlob() {
        return offset == 0 && length == null;
    }

    /** Bytes the range covers in a blob of {@code size} bytes; throws when it starts outside. */
    long lengthWithin(String key, long size) {
        if (isWholeBlob()) {
            return size;
        }
        if (offset >= size) {
            throw new BlobRangeNotSatisfiableException(key, offset);
        }
        long available = size - offset;
        return length == null ? available : Math.min(length, available);
    }
}
