package cn.pingxuan.upload;

import cn.pingxuan.account.Actor;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;

/** The tus core PATCH: appends the bytes of one request at the stored offset. */
@Singleton
class UploadReception {

    private final UploadLookup lookup;
    private final UploadLedger ledger;
    private final UploadPurposes purposes;
    private final UploadWriter writer;
    private final UploadCompletion completion;
    private final UploadCleanup cleanup;

    UploadReception(UploadLookup lookup, UploadLedger ledger, UploadPurposes purposes, UploadWriter writer,
                    UploadCompletion completion, UploadCleanup cleanup) {
        this.lookup = lookup;
        this.ledger = ledger;
        this.purposes = purposes;
        this.writer = writer;
        this.completion = completion;
        this.cleanup = cleanup;
    }

    /**
     * @param offset        where the client believes the upload stands; must equal the stored offset
     * @param contentLength bytes in {@code body}, or -1 when they come chunked
     * @return the new offset, and the expiry while the upload is unfinished
     */
    Appended append(Actor actor, String id, long offset, long contentLength, InputStream body) {
        Upload upload = lookup.visible(actor, id);
        if (upload.status() == UploadStatus.COMPLETED) {
            return appendToCompleted(upload, offset, contentLength, body);
        }
        checkOffset(upload, offset, contentLength);
        UploadPurpose purpose = purposes.of(upload);
        try (LeasedUpload lease = ledger.lease(upload)) {
            Upload current = lease.upload();
            checkOffset(current, offset, contentLength);
            purpose.checkStillAllowed(actor, current.session());
            if (contentLength == 0) {
                return new Appended(current.receivedBytes(), lease.expiresAt());
            }
            WriteResult result = write(lease, current, body, contentLength);
            if (result instanceof WriteResult.Finished finished) {
                completion.complete(lease, finished);
                return new Appended(current.uploadLength(), null);
            }
            return new Appended(((WriteResult.Stored) result).receivedBytes(), lease.expiresAt());
        }
    }

    private WriteResult write(LeasedUpload lease, Upload upload, InputStream body, long contentLength) {
        try {
            return writer.write(upload, ledger.parts(upload), body, contentLength, lease);
        } catch (UploadProblems.RefusedFileTypeException refused) {
            // a file that is not what it may be ends its upload: nothing of it was stored
            cleanup.discardStoredBytes(upload);
            lease.delete();
            throw refused;
        }
    }

    private static void checkOffset(Upload upload, long offset, long contentLength) {
        if (offset != upload.receivedBytes()) {
            throw UploadProblems.offsetMismatch(upload.receivedBytes());
        }
        if (contentLength > upload.uploadLength() - offset) {
            throw UploadProblems.beyondLength();
        }
    }

    /** A client that missed our last answer may ask again: the same offset with no bytes is fine. */
    private static Appended appendToCompleted(Upload upload, long offset, long contentLength, InputStream body) {
        if (offset != upload.uploadLength()) {
            throw UploadProblems.offsetMismatch(upload.uploadLength());
        }
        if (contentLength > 0 || (contentLength < 0 && hasMoreBytes(body))) {
            throw UploadProblems.beyondLength();
        }
        return new Appended(upload.uploadLength(), null);
    }

    private static boolean hasMoreBytes(InputStream body) {
        try {
            return body.read() >= 0;
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * @param offset    the stored offset after the request
     * @param expiresAt null once the upload is complete
     */
    record Appended(long offset, @Nullable Instant expiresAt) {
    }
}
