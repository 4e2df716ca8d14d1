package cn.pingxuan.upload;

import cn.pingxuan.support.MutableClock;
import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Instant;

/** The server's clock, moved forward by upload tests that are about time (expiry, leases). */
@Factory
@Requires(property = "pingxuan.test.mutable-clock", value = "true")
class MutableClockFactory {

    @Singleton
    @Bean(typed = {MutableClock.class, Clock.class})
    @Replaces(Clock.class)
    MutableClock clock() {
        return new MutableClock(Instant.now());
    }
}
