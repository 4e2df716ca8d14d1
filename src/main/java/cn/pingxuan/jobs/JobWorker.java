package cn.pingxuan.jobs;

import com.github.kagkarlsson.scheduler.Scheduler;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.jdbc.DataSourceResolver;
import io.micronaut.json.JsonMapper;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;

import javax.sql.DataSource;

/**
 * Executes queued jobs on nodes of role {@code all} and {@code worker}. Nodes coordinate through the table:
 * heartbeats let another node take over the jobs of one that died mid-way.
 */
@Singleton
@Requires(property = "pingxuan.role", notEquals = "web")
class JobWorker implements ApplicationEventListener<StartupEvent> {

    private final Scheduler scheduler;

    JobWorker(DataSource dataSource, DataSourceResolver resolver, JobTasks tasks, JobProperties properties, JsonMapper json) {
        // the worker manages its own connections and transactions, outside the application's
        this.scheduler = Scheduler.create(resolver.resolve(dataSource), tasks.all())
                .serializer(new JsonTaskSerializer(json))
                .threads(properties.threads())
                .pollingInterval(properties.pollingInterval())
                .enableImmediateExecution()
                .alwaysPersistTimestampInUTC()
                .build();
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
