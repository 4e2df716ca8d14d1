package cn.pingxuan.jobs;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;

import java.time.Duration;

/**
 * @param threads        jobs run at once on a worker node
 * @param pollingInterval how often a worker looks for due jobs (a job enqueued on the same node starts at once)
 * @param maxRetries     attempts after the first before a job gives up
 * @param firstRetryDelay delay before the first retry; doubles with each further one
 * @param heartbeatInterval how often a worker marks its running jobs alive; a job whose worker missed
 *                        {@code missedHeartbeats} beats (the node died) is run again by another worker
 * @param missedHeartbeats beats missed before a running job counts as dead (db-scheduler requires at least 4)
 */
@ConfigurationProperties("pingxuan.jobs")
public record JobProperties(
        @Bindable(defaultValue = "2") int threads,
        @Bindable(defaultValue = "2s") Duration pollingInterval,
        @Bindable(defaultValue = "4") int maxRetries,
        @Bindable(defaultValue = "30s") Duration firstRetryDelay,
        @Bindable(defaultValue = "30s") Duration heartbeatInterval,
        @Bindable(defaultValue = "4") int missedHeartbeats) {
}
