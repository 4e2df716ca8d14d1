package cn.pingxuan.jobs;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.jdbc.DataSourceResolver;
import io.micronaut.json.JsonMapper;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;

import javax.sql.DataSource;
import java.util.List;

/**
 * Executes queued jobs on nodes of role {@code all} and {@code worker}. Nodes coordinate through the table:
 * heartbeats let another node take over the jobs of one that died mid-way.
 */
@Singleton
@Requires(property = "pingxuan.role", notEquals = "web")
class JobWorker implements ApplicationEventListener<StartupEvent> {

    private final Scheduler scheduler;

    JobWorker(DataSource dataSource, DataSourceResolver resolver, JobTasks tasks, List<RecurringJob> recurring,
              JobProperties properties, JsonMapper json) {
        // the worker manages its own connections and transactions, outside the application's
        this.scheduler = Scheduler.create(resolver.resolve(dataSource), tasks.all())
                .startTasks(recurring.stream().map(JobWorker::task).toList())
                .serializer(new JsonTaskSerializer(json))
                .threads(properties.threads())
                .pollingInterval(properties.pollingInterval())
                .heartbeatInterval(properties.heartbeatInterval())
                .missedHeartbeatsLimit(properties.missedHeartbeats())
                .enableImmediateExecution()
                .alwaysPersistTimestampInUTC()
                .build();
    }

    private static RecurringTask<Void> task(RecurringJob job) {
        return Tasks.recurring(job.name(), FixedDelay.of(job.interval()))
                .execute((instance, context) -> {
                    try {
                        job.run();
                    } catch (Exception e) {
                        // logged by the scheduler; the next run comes at the next interval anyway
                        throw new IllegalStateException(job.name() + " failed", e);
                    }
                });
    }

    @Override
    public void onApplicationEvent(StartupEvent event) {
        scheduler.start();
    }

    @PreDestroy
    void stop() {
        scheduler.stop();
    }
}
