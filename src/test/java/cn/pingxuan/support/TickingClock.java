package cn.pingxuan.support;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A clock that moves on by {@code tick} each time it is read: the world of a job that takes too long. */
public final class TickingClock extends Clock {

    private Instant now;
    private final Duration tick;

    public TickingClock(Instant start, Duration tick) {
        this.now = start;
        this.tick = tick;
    }

    @Override
    public synchronized Instant instant() {
        now = now.plus(tick);
        return now;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }
}
