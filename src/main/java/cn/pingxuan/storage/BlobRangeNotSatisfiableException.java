package cn.pingxuan.storage;

/** A ranged read starts at or beyond the end of the blob (HTTP 416). */
public class BlobRangeNotSatisfiableException extends IllegalArgumentException {

    public BlobRangeNotSatisfiableException(String key, long offset) {
        super("range starting at byte " + offset + " lies outside blob '" + key + "'");
    }
}
