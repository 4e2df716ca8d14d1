package cn.pingxuan.upload;

import cn.pingxuan.account.Actor;
import jakarta.inject.Singleton;

/** The tus termination extension: the client gives an upload up. */
@Singleton
class UploadTermination {

    private final UploadLookup lookup;
    private final UploadLedger ledger;
    private final UploadRepository uploads;
    private final UploadCleanup cleanup;

    UploadTermination(UploadLookup lookup, UploadLedger ledger, UploadRepository uploads, UploadCleanup cleanup) {
        this.lookup = lookup;
        this.ledger = ledger;
        this.uploads = uploads;
        this.cleanup = cleanup;
    }

    /**
     * An unfinished upload loses its stored bytes. A completed one only loses its upload record: the file
     * belongs to what it was uploaded for now, and goes away through that (e.g. deleting the entry's file).
     */
    void terminate(Actor actor, String id) {
        Upload upload = lookup.visible(actor, id);
        if (upload.status() == UploadStatus.COMPLETED) {
            uploads.deleteById(upload.id());
            return;
        }
        try (LeasedUpload lease = ledger.lease(upload)) {
            cleanup.discardStoredBytes(lease.upload());
            lease.delete();
        }
    }
}
