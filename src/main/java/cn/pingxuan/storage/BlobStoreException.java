package cn.pingxuan.storage;

/** A store operation failed; the cause, when present, is the underlying I/O or S3 error. */
public class BlobStoreException extends RuntimeException {

    public BlobStoreException(String message) {
        super(message);
    }

    public BlobStoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
