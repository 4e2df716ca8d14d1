package cn.pingxuan.storage;

/**
 * The store could not be reached or answered that it cannot serve now (connection refused, timed out, 5xx):
 * the same request may succeed later, so callers answer 503 rather than treat it as a broken file.
 */
public class BlobStoreUnavailableException extends BlobStoreException {

    public BlobStoreUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
