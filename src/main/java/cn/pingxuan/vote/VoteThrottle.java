package cn.pingxuan.vote;

import cn.pingxuan.common.TooManyRequestsException;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * Limits vote attempts per user and per client address in fixed one-minute windows. The counters live in the
 * database so every web node sees the same ones; an attempt counts whether or not the vote is then accepted.
 */
@Singleton
class VoteThrottle {

    private static final Duration WINDOW = Duration.ofMinutes(1);

    private final JdbcOperations jdbc;
    private final VoteProperties properties;
    private final Clock clock;

    VoteThrottle(JdbcOperations jdbc, VoteProperties properties, Clock clock) {
        this.jdbc = jdbc;
        this.properties = properties;
        this.clock = clock;
    }

    @Transactional
    public void attempt(long userId, String address) {
        Instant now = clock.instant();
        Instant window = now.truncatedTo(ChronoUnit.MINUTES);
        boolean userOver = hit("user:" + userId, window) > properties.userPerMinute();
        boolean addressOver = hit("ip:" + address, window) > properties.addressPerMinute();
        if (userOver || addressOver) {
            throw new TooManyRequestsException("vote-throttled", "投票过于频繁，请稍后再试",
                    Duration.between(now, window.plus(WINDOW)));
        }
    }

    /**
     * One statement per key: concurrent attempts queue on the key's row instead of locking ranges (a delete of old
     * windows beside the insert deadlocked on MariaDB). Hits start over when the stored window is not this one.
     */
    private int hit(String key, Instant window) {
        Timestamp start = Timestamp.from(window);
        return jdbc.prepareStatement("INSERT INTO vote_throttle (throttle_key, window_start, hits) VALUES (?, ?, 1) "
                + "ON DUPLICATE KEY UPDATE hits = CASE WHEN window_start = ? THEN hits + 1 ELSE 1 END, window_start = ?",
                upsert -> {
            upsert.setString(1, key);
            upsert.setTimestamp(2, start);
            upsert.setTimestamp(3, start);
            upsert.setTimestamp(4, start);
            upsert.executeUpdate();
            return jdbc.prepareStatement("SELECT hits FROM vote_throttle WHERE throttle_key = ?", read -> {
                read.setString(1, key);
                try (ResultSet rows = read.executeQuery()) {
                    return rows.next() ? rows.getInt(1) : 1;
                }
            });
        });
    }
}
