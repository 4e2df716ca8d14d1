package cn.pingxuan.common;

import java.time.Duration;

/** A problem the client may try again after a while: the answer carries {@code Retry-After}. */
public interface RetryLater {

    Duration retryAfter();
}
