package cn.pingxuan.upload;

import cn.pingxuan.storage.PartInfo;

import java.time.Instant;

/**
 * One request's hold on an upload (see {@link UploadLedger#lease}): records its progress while the lease lasts
 * and gives the lease back when closed.
 */
final class LeasedUpload implements UploadJournal, AutoCloseable {

    private final UploadLedger ledger;
    private final Upload upload;
    private final String token;
    private Instant renewedAt;
    private Instant expiresAt;

    LeasedUpload(UploadLedger ledger, Upload upload, String token, Instant acquiredAt, Instant expiresAt) {
        this.ledger = ledger;
        this.upload = upload;
        this.token = token;
        this.renewedAt = acquiredAt;
        this.expiresAt = expiresAt;
    }

    /** The upload as it was when the lease was taken. */
    Upload upload() {
        return upload;
    }

    /** When the upload expires if no further PATCH arrives. */
    Instant expiresAt() {
        return expiresAt;
    }

    @Override
    public void keepAlive() {
        Instant now = ledger.now();
        if (now.isBefore(renewedAt.plus(ledger.renewalInterval()))) {
            return;
        }
        Instant renewedExpiry = ledger.renew(upload, token);
        if (renewedExpiry == null) {
            throw UploadProblems.locked();
        }
        renewedAt = now;
        expiresAt = renewedExpiry;
    }

    @Override
    public void detected(FileType type) {
        require(ledger.recordDetectedType(upload, token, type));
    }

    @Override
    public void startedMultipart(String multipartId) {
        require(ledger.recordMultipart(upload, token, multipartId));
    }

    @Override
    public void storedPart(PartInfo part, long receivedBytes) {
        require(ledger.recordPart(upload, token, part, receivedBytes));
    }

    @Override
    public void storedTail(long receivedBytes, int tailBytes) {
        require(ledger.recordTail(upload, token, receivedBytes, tailBytes));
    }

    /** Marks the upload completed (423 if the lease was lost meanwhile). */
    void completed(String sha256) {
        require(ledger.recordCompleted(upload, token, sha256));
    }

    void failed(String sha256, String reason) {
        require(ledger.recordFailed(upload, token, sha256, reason));
    }

    void delete() {
        require(ledger.delete(upload, token));
    }

    @Override
    public void close() {
        ledger.release(upload, token);
    }

    private static void require(boolean stillLeased) {
        if (!stillLeased) {
            throw UploadProblems.locked();
        }
    }
}
