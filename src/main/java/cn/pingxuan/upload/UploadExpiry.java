package cn.pingxuan.upload;

import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Removes uploads that stopped before completing: their parts, tail and record. Safe to run on many nodes at
 * once: each upload is claimed by one atomic UPDATE first, and a claim whose node died lapses like a lease.
 */
@Singleton
class UploadExpiry {

    private static final Logger LOG = LoggerFactory.getLogger(UploadExpiry.class);
    private static final int BATCH = 100;

    private final UploadRepository uploads;
    private final UploadCleanup cleanup;
    private final UploadTokens tokens;
    private final UploadProperties properties;
    private final Clock clock;

    UploadExpiry(UploadRepository uploads, UploadCleanup cleanup, UploadTokens tokens, UploadProperties properties,
                 Clock clock) {
        this.uploads = uploads;
        this.cleanup = cleanup;
        this.tokens = tokens;
        this.properties = properties;
        this.clock = clock;
    }

    /** @return the ids of the uploads this call removed */
    List<String> sweep() {
        List<String> removed = new ArrayList<>();
        List<String> batch;
        do {
            Instant now = clock.instant();
            batch = uploads.findExpired(now, BATCH);
            for (String id : batch) {
                if (removeIfStillExpired(id, now)) {
                    removed.add(id);
                }
            }
        } while (batch.size() == BATCH);
        return removed;
    }

    private boolean removeIfStillExpired(String id, Instant now) {
        String token = tokens.leaseToken();
        if (uploads.claimExpired(id, token, now.plus(properties.lease()), now) == 0) {
            return false;
        }
        Upload upload = uploads.findById(id).orElse(null);
        if (upload == null) {
            return false;
        }
        try {
            cleanup.discardStoredBytes(upload);
            return uploads.deleteLeased(id, token) == 1;
        } catch (RuntimeException e) {
            LOG.warn("Could not remove expired upload {} yet; a later sweep tries again", id, e);
            return false;
        }
    }
}
