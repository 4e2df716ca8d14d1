package cn.pingxuan.vote;

import io.micronaut.core.annotation.Introspected;

import java.time.Instant;

/** Projections the vote report reads. */
final class VoteRows {

    private VoteRows() {
    }

    @Introspected
    record Moment(long entryId, Instant createdAt) {
    }

    @Introspected
    record EntryTotal(long entryId, long votes, long voters) {
    }

    @Introspected
    record Source(String source, long users, long votes) {
    }

    @Introspected
    record SourceEntry(String source, long entryId, long votes) {
    }

    @Introspected
    record NewVoter(long userId, String username, Instant createdAt, long entryId, long votes) {
    }
}
