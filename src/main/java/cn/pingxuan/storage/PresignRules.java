package cn.pingxuan.storage;

import java.time.Duration;

/** S3's limits on presigned URL lifetimes, enforced by every store so that callers meet them early. */
final class PresignRules {

    static final Duration MAX_TTL = Duration.ofDays(7);

    private PresignRules() {
    }

    static void requireValidTtl(Duration ttl) {
        if (ttl == null || ttl.toSeconds() < 1 || ttl.compareTo(MAX_TTL) > 0) {
            throw new IllegalArgumentException("presigned URLs live between 1 second and 7 days, not " + ttl);
        }
    }
}
