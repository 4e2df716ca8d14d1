package cn.pingxuan.jobs;

import java.time.Duration;

/**
 * Housekeeping that runs every {@link #interval()} on one worker of the cluster at a time (db-scheduler keeps
 * a single row per recurring task, so two nodes never run it at once).
 */
public interface RecurringJob {

    /** Stable name stored in the job table. */
    String name();

    Duration interval();

    void run() throws Exception;
}
