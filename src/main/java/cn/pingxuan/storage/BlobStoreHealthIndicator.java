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
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ExecutorService;

/**
 * {@code /health} reports the object store DOWN while it cannot serve requests. Load balancers poll often, so a
 * check is reused for {@code pingxuan.storage.health-cache}: a store that is down costs each poll nothing.
 */
@Singleton
@Requires(beans = HealthEndpoint.class)
class BlobStoreHealthIndicator implements HealthIndicator {

    private static final Logger LOG = LoggerFactory.getLogger(BlobStoreHealthIndicator.class);
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

    /** Logs changes only: an outage is one line when it starts and one when it ends, not a stack trace per poll. */
    private HealthResult check() {
        boolean wasUp = last == null || last.getStatus() == HealthStatus.UP;
        try {
            store.checkAvailable();
            if (!wasUp) {
                LOG.info("The object store is available again");
            }
            return HealthResult.builder(NAME, HealthStatus.UP).build();
        } catch (RuntimeException e) {
            if (wasUp) {
                LOG.warn("The object store is unavailable: {}", e.getMessage());
            }
            return HealthResult.builder(NAME, HealthStatus.DOWN).details(Map.of("error", String.valueOf(e.getMessage()))).build();
        }
    }
}
