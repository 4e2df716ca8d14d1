package cn.pingxuan.media;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/** Writes a job's progress to its asset, at most once a second and only when it moved: students poll it. */
final class StoredProgress implements ProgressListener {

    private static final Duration EVERY = Duration.ofSeconds(1);

    private final long assetId;
    private final AssetRepository assets;
    private final Clock clock;
    private int stored;
    private Instant storedAt = Instant.MIN;

    StoredProgress(long assetId, AssetRepository assets, Clock clock) {
        this.assetId = assetId;
        this.assets = assets;
        this.clock = clock;
    }

    @Override
    public void percent(int percent) {
        int bounded = Math.max(0, Math.min(99, percent)); // 100 only comes with the result
        Instant now = clock.instant();
        if (bounded > stored && now.isAfter(storedAt.plus(EVERY))) {
            assets.updateProgress(assetId, bounded);
            stored = bounded;
            storedAt = now;
        }
    }
}
