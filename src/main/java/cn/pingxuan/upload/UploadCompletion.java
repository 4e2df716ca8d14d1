package cn.pingxuan.upload;

import cn.pingxuan.common.Outage;
import cn.pingxuan.common.ProblemException;
import cn.pingxuan.storage.BlobStore;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.util.HexFormat;

/**
 * Hands a complete file to its purpose. The upload is marked completed in the same transaction in which the
 * purpose records the file, so either both happen or the upload is marked failed with the reason, and the file
 * stays where it is for an operator to look at.
 */
@Singleton
class UploadCompletion {

    private static final Logger LOG = LoggerFactory.getLogger(UploadCompletion.class);
    private static final int MAX_REASON_LENGTH = 1000;
    /** Renew the lease while reading a large file back. */
    private static final int KEEP_ALIVE_BYTES = 8 * 1024 * 1024;

    private final BlobStore store;
    private final UploadPurposes purposes;
    private final TransactionOperations<Connection> transactions;

    UploadCompletion(BlobStore store, UploadPurposes purposes, TransactionOperations<Connection> transactions) {
        this.store = store;
        this.purposes = purposes;
        this.transactions = transactions;
    }

    void complete(LeasedUpload lease, WriteResult.Finished file) {
        Upload upload = lease.upload();
        String sha256 = file.sha256() != null ? file.sha256() : readDigest(upload.blobKey(), lease);
        CompletedUpload completed = new CompletedUpload(upload.id(), upload.userId(), upload.subjectRef(),
                upload.blobKey(), upload.fileName(), upload.uploadLength(), file.type(), sha256);
        UploadPurpose purpose = purposes.of(upload);
        try {
            transactions.executeWrite(status -> {
                lease.completed(sha256);
                purpose.completed(completed);
                return null;
            });
        } catch (UploadProblems.LockedException e) {
            throw e;
        } catch (RuntimeException e) {
            if (Outage.behind(e).isPresent()) {
                // nothing was recorded and the tail is still there: once the database or the store is back, the
                // client's retry of the last PATCH completes the upload (meanwhile it gets 503 with Retry-After)
                throw e;
            }
            String message = "Upload {} of user {} is complete under '{}' ({} bytes, sha256 {}) but purpose '{}' did"
                    + " not accept it; marked FAILED, the file is kept: {}";
            if (e instanceof ProblemException) {
                LOG.warn(message, upload.id(), upload.userId(), upload.blobKey(), upload.uploadLength(), sha256,
                        purpose.name(), reason(e));
            } else {
                LOG.error(message, upload.id(), upload.userId(), upload.blobKey(), upload.uploadLength(), sha256,
                        purpose.name(), reason(e), e);
            }
            lease.failed(sha256, reason(e));
            store.delete(upload.tailKey());
            throw e instanceof ProblemException problem ? problem : UploadProblems.handOverFailed();
        }
        // only now: until the upload is marked, a retried last PATCH needs the tail to finish again
        store.delete(upload.tailKey());
    }

    /** The digest of the stored file, for uploads whose bytes arrived over more than one request. */
    private String readDigest(String key, UploadJournal journal) {
        try (InputStream in = store.get(key)) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[64 * 1024];
            long sinceKeepAlive = 0;
            for (int read; (read = in.read(buffer)) >= 0; ) {
                digest.update(buffer, 0, read);
                sinceKeepAlive += read;
                if (sinceKeepAlive >= KEEP_ALIVE_BYTES) {
                    journal.keepAlive();
                    sinceKeepAlive = 0;
                }
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (IOException e) {
            throw new UncheckedIOException("could not read back " + key, e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    private static String reason(Throwable e) {
        String reason = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
        return reason.length() <= MAX_REASON_LENGTH ? reason : reason.substring(0, MAX_REASON_LENGTH);
    }
}
