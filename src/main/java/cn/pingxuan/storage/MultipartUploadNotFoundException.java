package cn.pingxuan.storage;

/** The upload id is unknown for this key: never started, already completed, or aborted. */
public class MultipartUploadNotFoundException extends BlobStoreException {

    public MultipartUploadNotFoundException(String key, String uploadId) {
        super("no multipart upload '" + uploadId + "' for key '" + key + "'");
    }
}
