package cn.pingxuan.jobs;

/**
 * Does one kind of background work. Payloads carry ids, not entities: the handler reloads what it needs and
 * copes with it having been deleted meanwhile. Throwing means "try again later" (with backoff); a failure that
 * retrying cannot fix is recorded by the handler itself, which then returns normally.
 */
public interface JobHandler<P> {

    JobType type();

    Class<P> payloadType();

    void handle(P payload) throws Exception;

    /** Called once retries are exhausted, so the subject can show a final failure instead of "processing" forever. */
    void gaveUp(P payload, Throwable lastFailure);
}
