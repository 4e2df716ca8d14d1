package cn.pingxuan.upload;

import io.micronaut.context.annotation.Requires;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;

/**
 * Runs {@link UploadExpiry} on every node, which is safe (uploads are claimed one by one). Meant to move onto
 * the database-backed job scheduler once the project has one.
 */
@Singleton
@Requires(property = "pingxuan.upload.sweep-enabled", notEquals = "false")
class ExpiredUploadSweepJob {

    private static final Logger LOG = LoggerFactory.getLogger(ExpiredUploadSweepJob.class);

    private final UploadExpiry expiry;

    ExpiredUploadSweepJob(UploadExpiry expiry) {
        this.expiry = expiry;
    }

    @Scheduled(fixedDelay = "${pingxuan.upload.sweep-interval:10m}", initialDelay = "${pingxuan.upload.sweep-interval:10m}")
    void sweep() {
        try {
            List<String> removed = expiry.sweep();
            if (!removed.isEmpty()) {
                LOG.info("Removed {} expired uploads", removed.size());
            }
        } catch (RuntimeException e) {
            // the next run tries again; a database or store outage must not stop the schedule
            LOG.warn("Sweeping expired uploads failed", e);
        }
    }
}
