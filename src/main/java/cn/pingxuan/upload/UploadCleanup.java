package cn.pingxuan.upload;

import cn.pingxuan.storage.BlobStore;
import jakarta.inject.Singleton;

/** Frees what an unfinished upload holds in the store. Every step may be repeated: cleanups can be retried. */
@Singleton
class UploadCleanup {

    private final BlobStore store;

    UploadCleanup(BlobStore store) {
        this.store = store;
    }

    /**
     * Aborts the multipart upload (removing its parts), deletes the tail, and deletes the planned key too: an
     * unfinished upload owns it (see {@link UploadPlan#blobKey()}), and a completion that died before it was
     * recorded may have left the file there. Never call this for a completed or failed upload.
     */
    void discardStoredBytes(Upload upload) {
        if (upload.status() == UploadStatus.COMPLETED || upload.status() == UploadStatus.FAILED) {
            throw new IllegalStateException("upload " + upload.id() + " is " + upload.status() + "; its file is no longer the upload's");
        }
        if (upload.multipartId() != null) {
            store.abortMultipart(upload.blobKey(), upload.multipartId());
        }
        store.delete(upload.tailKey());
        store.delete(upload.blobKey());
    }
}
