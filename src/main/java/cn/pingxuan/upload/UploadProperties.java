package cn.pingxuan.upload;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;
import io.micronaut.core.convert.format.ReadableBytes;

import java.time.Duration;

/**
 * {@code pingxuan.upload.*}: limits and timing of tus uploads.
 *
 * @param maxSize  the largest upload any purpose may accept (announced as {@code Tus-Max-Size}); one PATCH may
 *                 carry a whole file, so {@code micronaut.server.max-request-size} follows it
 * @param partSize the store part a PATCH fills in memory before writing it: server memory per active PATCH
 * @param expiry   an unfinished upload expires this long after its last PATCH
 * @param lease    how long a PATCH holds an upload without showing progress; a node that died stops blocking
 *                 its uploads after this
 */
@ConfigurationProperties("pingxuan.upload")
public record UploadProperties(
        @Bindable(defaultValue = "4GB") @ReadableBytes long maxSize,
        @Bindable(defaultValue = "6MB") @ReadableBytes long partSize,
        @Bindable(defaultValue = "24h") Duration expiry,
        @Bindable(defaultValue = "30s") Duration lease) {

    /** S3's smallest part (but the last); the stores refuse smaller ones. */
    static final long MIN_PART_SIZE = 5L * 1024 * 1024;
    static final long MAX_PART_SIZE = 512L * 1024 * 1024;
    /** S3 allows 10,000 parts; every part but the last has at least {@link #MIN_PART_SIZE} bytes. */
    static final long MAX_UPLOAD_SIZE = 10_000 * MIN_PART_SIZE;

    public UploadProperties {
        if (partSize < MIN_PART_SIZE || partSize > MAX_PART_SIZE) {
            throw new IllegalArgumentException("pingxuan.upload.part-size must be between 5MB and 512MB: " + partSize);
        }
        if (maxSize < 1 || maxSize > MAX_UPLOAD_SIZE) {
            throw new IllegalArgumentException("pingxuan.upload.max-size must be between 1 byte and "
                    + MAX_UPLOAD_SIZE + " (10,000 parts of 5MB): " + maxSize);
        }
        if (expiry.isNegative() || expiry.isZero() || lease.isNegative() || lease.isZero()) {
            throw new IllegalArgumentException("pingxuan.upload.expiry and lease must be positive");
        }
    }

    int partBytes() {
        return (int) partSize;
    }
}
