package cn.pingxuan.storage;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.async.publisher.AsyncSingleResultPublisher;
import io.micronaut.health.HealthStatus;
import io.micronaut.management.endpoint.health.HealthEndpoint;
import io.micronaut.management.health.indicator.HealthIndicator;
import io.micronaut.management.health.indicator.HealthResult;
import io.micronaut.scheduling.TaskExecutors;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import org.reactivestreams.Publisher;

import java.time.Duration;
import java.util.concurrent.ExecutorService;

/**
 * {@code /health} reports the object store DOWN while it cannot serve requests. Load balancers poll often, so a
 * check is reused for {@code pingxuan.storage.health-cache}: a store that is down costs each poll nothing.
 */
@Singleton
@Requires(beans = HealthEndpoint.class)
class BlobStoreHealthIndicator implements HealthIndicator {

    private static final String NAME = "blobStore";

    private final BlobStore store;
    private final ExecutorService executor;
    private final long cacheNanos;
    private HealthResult last;
    private long checkedAt;

    BlobStoreHealthIndicator(BlobStore store, @Named(TaskExecutors.BLOCKING) ExecutorService executor,
                             @Value("${pingxuan.storage.health-cache:5s}") Duration cacheFor) {
        this.store = store;
        this.executor = executor;
        this.cacheNanos = cacheFor.toNanos();
    }

    @Override
    public Publisher<HealthResult> getResult() {
        return new AsyncSingleResultPublisher<>(executor, this::current);
    }

    /** Synchronized: concurrent polls share one check instead of each opening a connection to a dead store. */
    private synchronized HealthResult current() {
        long now = System.nanoTime();
        if (last == null || now - checkedAt >= cacheNanos) {
            last = check();
            checkedAt = System.nanoTime();
        }
        return last;
    }

    private HealthResult check() {
        try {
            store.checkAvailable();
            return HealthResult.builder(NAME, HealthStatus.UP).build();
        } catch (RuntimeException e) {
            return HealthResult.builder(NAME, HealthStatus.DOWN).exception(e).build();
        }
    }
}
