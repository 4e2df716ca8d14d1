package cn.pingxuan.jobs;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.jdbc.AutodetectJdbcCustomization;
import io.micronaut.jdbc.DataSourceResolver;
import io.micronaut.json.JsonMapper;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import javax.sql.DataSource;
import java.time.Clock;

/**
 * Enqueues background work. The job row is written on the caller's transaction (or a new one), so it commits
 * or rolls back with the change that asked for it. Any node may enqueue; workers execute.
 */
@Singleton
public class Jobs {

    private final SchedulerClient client;
    private final JobTasks tasks;
    private final Clock clock;

    Jobs(DataSource dataSource, DataSourceResolver resolver, JobTasks tasks, JsonMapper json, Clock clock) {
        this.client = SchedulerClient.Builder.create(dataSource, tasks.all())
                .serializer(new JsonTaskSerializer(json))
                // timestamps in UTC whatever the JVM's zone, as the workers read them; detection needs a plain connection
                .jdbcCustomization(new AutodetectJdbcCustomization(resolver.resolve(dataSource), true))
                .build();
        this.tasks = tasks;
        this.clock = clock;
    }

    /** Runs {@code payload} as soon as a worker is free; {@code key} makes it idempotent (one job per key and type). */
    @Transactional
    public <P> void enqueue(JobType type, String key, P payload) {
        client.scheduleIfNotExists(tasks.<P>of(type).instance(key, payload), clock.instant());
    }
}
