package cn.pingxuan.common;

import io.micronaut.http.HttpStatus;

import java.time.Duration;

/** 503: a service the portal needs is out of reach for now; the client retries after {@link #retryAfter()}. */
public class ServiceUnavailableException extends ProblemException implements RetryLater {

    private final Duration retryAfter;

    public ServiceUnavailableException(String code, String detail, Duration retryAfter) {
        super(HttpStatus.SERVICE_UNAVAILABLE, code, detail);
        this.retryAfter = retryAfter;
    }

    @Override
    public Duration retryAfter() {
        return retryAfter;
    }
}
