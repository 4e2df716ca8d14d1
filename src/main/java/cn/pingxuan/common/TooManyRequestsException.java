package cn.pingxuan.common;

import io.micronaut.http.HttpStatus;

import java.time.Duration;

/** Throttled: the client may retry after the given time (sent as Retry-After). */
public class TooManyRequestsException extends ProblemException implements RetryLater {

    private final Duration retryAfter;

    public TooManyRequestsException(String code, String detail, Duration retryAfter) {
        super(HttpStatus.TOO_MANY_REQUESTS, code, detail);
        this.retryAfter = retryAfter;
    }

    @Override
    public Duration retryAfter() {
        return retryAfter;
    }
}
