package cn.pingxuan.jobs;

import com.github.kagkarlsson.scheduler.task.FailureHandler;
import com.github.kagkarlsson.scheduler.task.Task;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import jakarta.inject.Singleton;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** One db-scheduler task per {@link JobType}, each running its handler with retries and exponential backoff. */
@Singleton
class JobTasks {

    private final Map<JobType, OneTimeTask<?>> tasks = new EnumMap<>(JobType.class);

    JobTasks(List<JobHandler<?>> handlers, JobProperties properties) {
        for (JobHandler<?> handler : handlers) {
            if (tasks.containsKey(handler.type())) {
                throw new IllegalStateException("two handlers for job type " + handler.type());
            }
            tasks.put(handler.type(), task(handler, properties));
        }
    }

    private static <P> OneTimeTask<P> task(JobHandler<P> handler, JobProperties properties) {
        FailureHandler<P> retry = new FailureHandler.MaxRetriesFailureHandler<>(properties.maxRetries(),
                new FailureHandler.ExponentialBackoffFailureHandler<>(properties.firstRetryDelay()),
                (complete, operations) -> {
                    operations.stop();
                    handler.gaveUp(handler.payloadType().cast(complete.getExecution().taskInstance.getData()),
                            complete.getCause().orElse(null));
                });
        return Tasks.oneTime(handler.type().taskName(), handler.payloadType())
                .onFailure(retry)
                .execute((instance, context) -> {
                    try {
                        handler.handle(instance.getData());
                    } catch (RuntimeException e) {
                        throw e;
                    } catch (Exception e) {
                        throw new JobFailedException(handler.type(), e);
                    }
                });
    }

    @SuppressWarnings("unchecked")
    <P> OneTimeTask<P> of(JobType type) {
        OneTimeTask<?> task = tasks.get(type);
        if (task == null) {
            throw new IllegalStateException("no handler for job type " + type);
        }
        return (OneTimeTask<P>) task;
    }

    List<Task<?>> all() {
        return Collections.unmodifiableList(new ArrayList<>(tasks.values()));
    }

    Map<JobType, OneTimeTask<?>> byType() {
        return Collections.unmodifiableMap(tasks);
    }

    static final class JobFailedException extends RuntimeException {
        JobFailedException(JobType type, Exception cause) {
            super(type + " failed: " + cause.getMessage(), cause);
        }
    }
}
