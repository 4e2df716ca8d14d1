package cn.pingxuan.account;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Duration;
import java.time.Instant;

@MappedEntity("login_throttle")
record LoginThrottleEntry(@Id String throttleKey, int failures, Instant windowStartedAt, @Nullable Instant lockedUntil) {

    boolean lockedAt(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    /** Counts one more failure, starting a new window when the old one has passed, and locks at the limit. */
    LoginThrottleEntry failedAt(Instant now, int maxFailures, Duration window, Duration lock) {
        boolean windowOver = windowStartedAt.plus(window).isBefore(now);
        int count = windowOver ? 1 : failures + 1;
        Instant started = windowOver ? now : windowStartedAt;
        Instant until = count >= maxFailures ? now.plus(lock) : lockedUntil;
        return new LoginThrottleEntry(throttleKey, count, started, until);
    }
}
