package cn.pingxuan.upload;

import cn.pingxuan.jobs.RecurringJob;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.List;

/**
 * Removes expired uploads: aborts their multipart uploads and deletes their parts and tails. Runs as a
 * recurring job on one worker at a time; each upload is also claimed one by one, so an overlap would be harmless.
 */
@Singleton
@Requires(property = "pingxuan.upload.sweep-enabled", notEquals = "false")
class ExpiredUploadSweepJob implements RecurringJob {

    private static final Logger LOG = LoggerFactory.getLogger(ExpiredUploadSweepJob.class);

    private final UploadExpiry expiry;
    private final Duration interval;

    ExpiredUploadSweepJob(UploadExpiry expiry, @Value("${pingxuan.upload.sweep-interval:10m}") Duration interval) {
        this.expiry = expiry;
        this.interval = interval;
    }

    @Override
    public String name() {
        return "upload-expiry-sweep";
    }

    @Override
    public Duration interval() {
        return interval;
    }

    @Override
    public void run() {
        List<String> removed = expiry.sweep();
        if (!removed.isEmpty()) {
            LOG.info("Removed {} expired uploads", removed.size());
        }
    }
}
