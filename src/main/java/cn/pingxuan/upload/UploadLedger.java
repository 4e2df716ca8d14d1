package cn.pingxuan.upload;

import cn.pingxuan.storage.PartInfo;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The database side of uploads in progress. A request that wants to write takes the upload's lease
 * ({@link #lease}); the lease is short and renewed while bytes flow, so a node that dies blocks its uploads only
 * briefly, and every write carries the lease token, so a request that lost the lease changes nothing.
 */
@Singleton
class UploadLedger {

    private final UploadRepository uploads;
    private final UploadPartRepository parts;
    private final UploadTokens tokens;
    private final UploadProperties properties;
    private final Clock clock;

    UploadLedger(UploadRepository uploads, UploadPartRepository parts, UploadTokens tokens,
                 UploadProperties properties, Clock clock) {
        this.uploads = uploads;
        this.parts = parts;
        this.tokens = tokens;
        this.properties = properties;
        this.clock = clock;
    }

    /** The lease of a receiving upload: 423 while another request holds it, 404 once it has gone. */
    LeasedUpload lease(Upload upload) {
        String token = tokens.leaseToken();
        Instant now = clock.instant();
        Instant expiresAt = now.plus(properties.expiry());
        if (uploads.acquireLease(upload.id(), token, now.plus(properties.lease()), expiresAt, now) == 0) {
            Upload current = uploads.findById(upload.id()).filter(u -> !u.expiredAt(now)).orElseThrow(UploadProblems::notFound);
            if (current.status() == UploadStatus.FAILED) {
                throw UploadProblems.failed();
            }
            throw UploadProblems.locked();
        }
        Upload leased = uploads.findById(upload.id()).orElseThrow(UploadProblems::notFound);
        return new LeasedUpload(this, leased, token, now, expiresAt);
    }

    List<PartInfo> parts(Upload upload) {
        return parts.findByUploadIdOrderByPartNumber(upload.id()).stream().map(UploadPart::info).toList();
    }

    /** @return the new expiry, or null when the lease is lost */
    @Nullable
    Instant renew(Upload upload, String token) {
        Instant now = clock.instant();
        Instant expiresAt = now.plus(properties.expiry());
        return uploads.renewLease(upload.id(), token, now.plus(properties.lease()), expiresAt, now) == 1 ? expiresAt : null;
    }

    Instant now() {
        return clock.instant();
    }

    Duration renewalInterval() {
        return properties.lease().dividedBy(3);
    }

    void release(Upload upload, String token) {
        uploads.releaseLease(upload.id(), token);
    }

    boolean recordDetectedType(Upload upload, String token, FileType type) {
        return uploads.recordDetectedType(upload.id(), token, type.name(), clock.instant()) == 1;
    }

    boolean recordMultipart(Upload upload, String token, String multipartId) {
        return uploads.recordMultipart(upload.id(), token, multipartId, clock.instant()) == 1;
    }

    /** The part and the new offset together, or neither. */
    @Transactional
    public boolean recordPart(Upload upload, String token, PartInfo part, long receivedBytes) {
        if (uploads.recordProgress(upload.id(), token, receivedBytes, 0, clock.instant()) == 0) {
            return false;
        }
        parts.save(UploadPart.of(upload.id(), part));
        return true;
    }

    boolean recordTail(Upload upload, String token, long receivedBytes, int tailBytes) {
        return uploads.recordProgress(upload.id(), token, receivedBytes, tailBytes, clock.instant()) == 1;
    }

    boolean recordCompleted(Upload upload, String token, String sha256) {
        return uploads.markCompleted(upload.id(), token, sha256, clock.instant()) == 1;
    }

    boolean recordFailed(Upload upload, String token, String sha256, String reason) {
        return uploads.markFailed(upload.id(), token, sha256, reason, clock.instant()) == 1;
    }

    boolean delete(Upload upload, String token) {
        return uploads.deleteLeased(upload.id(), token) == 1;
    }
}
