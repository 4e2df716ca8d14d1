package cn.pingxuan.vote;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;

import java.sql.Date;
import java.sql.ResultSet;
import java.time.LocalDate;

/**
 * A user's votes per contest and day. Taking one locks the user's row until the vote's transaction ends, so two
 * nodes cannot both hand out the user's last vote of the day; a rolled-back vote gives it back.
 */
@Singleton
class VoteQuota {

    private final JdbcOperations jdbc;

    VoteQuota(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /** Counts one more vote and answers how many the user has now used that day; call inside the vote's transaction. */
    int take(long contestId, long userId, LocalDate day) {
        jdbc.prepareStatement("INSERT INTO vote_quota (contest_id, user_id, vote_day, used) VALUES (?, ?, ?, 1) "
                + "ON DUPLICATE KEY UPDATE used = used + 1", upsert -> {
            upsert.setLong(1, contestId);
            upsert.setLong(2, userId);
            upsert.setDate(3, Date.valueOf(day));
            return upsert.executeUpdate();
        });
        return used(contestId, userId, day);
    }

    int used(long contestId, long userId, LocalDate day) {
        return jdbc.prepareStatement("SELECT used FROM vote_quota WHERE contest_id = ? AND user_id = ? AND vote_day = ?", read -> {
            read.setLong(1, contestId);
            read.setLong(2, userId);
            read.setDate(3, Date.valueOf(day));
            try (ResultSet rows = read.executeQuery()) {
                return rows.next() ? rows.getInt(1) : 0;
            }
        });
    }
}
