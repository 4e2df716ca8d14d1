package cn.pingxuan.media;

/** Receives a job's progress; calls may be frequent, the listener throttles what it stores. */
@FunctionalInterface
public interface ProgressListener {

    ProgressListener IGNORE = percent -> { };

    /** 0–100. */
    void percent(int percent);
}
