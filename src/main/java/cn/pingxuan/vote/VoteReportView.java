package cn.pingxuan.vote;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** The organizer's view of the vote: totals per work and the patterns worth a look, each naming the works it touched. */
@Serdeable
public record VoteReportView(long totalVotes, long voters, Thresholds thresholds, List<WorkTotal> totals,
                             List<Burst> bursts, List<SharedSource> addresses, List<SharedSource> userAgents,
                             List<NewAccount> newAccounts) {

    @Serdeable
    public record Thresholds(int burstVotes, int burstMinutes, double burstFactor, int addressUsers, int agentUsers,
                             int newAccountDays) {
    }

    @Serdeable
    public record WorkTotal(long entryId, @Nullable String code, String title, long votes, long voters) {
    }

    @Serdeable
    public record EntryVotes(long entryId, @Nullable String code, String title, long votes) {
    }

    @Serdeable
    public record Burst(long entryId, @Nullable String code, String title, int votes, Instant from, Instant to,
                        double medianPerWindow) {
    }

    /** An IP address or a user agent used by many accounts. */
    @Serdeable
    public record SharedSource(String value, long users, long votes, List<EntryVotes> entries) {
    }

    @Serdeable
    public record NewAccount(long userId, String username, Instant createdAt, long votes, List<EntryVotes> entries) {
    }

    /** One line of the raw vote log. */
    @Serdeable
    public record LogLine(long id, Instant createdAt, LocalDate voteDay, long entryId, @Nullable String code,
                          long userId, @Nullable String username, String ip, String userAgent) {
    }
}
