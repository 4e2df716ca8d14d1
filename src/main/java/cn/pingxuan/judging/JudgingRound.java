package cn.pingxuan.judging;

import cn.pingxuan.judging.ranking.AdvanceRule;
import cn.pingxuan.judging.ranking.Aggregation;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.DateCreated;
import io.micronaut.data.annotation.DateUpdated;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Version;

import java.math.BigDecimal;
import java.time.Instant;

/** One round of judging (初评, 复评, …) of a contest; rounds are ordered by {@code ordinal} from 1. */
@MappedEntity("judging_round")
public record JudgingRound(
        @Id @GeneratedValue @Nullable Long id,
        long contestId,
        int ordinal,
        String name,
        int judgesPerEntry,
        boolean blind,
        Instant opensAt,
        Instant closesAt,
        Aggregation aggregation,
        AdvanceRule.Kind advanceKind,
        BigDecimal advanceValue,
        RoundStatus status,
        @DateCreated @Nullable Instant createdAt,
        @DateUpdated @Nullable Instant updatedAt,
        @Version @Nullable Long version) {

    public AdvanceRule advanceRule() {
        return new AdvanceRule(advanceKind, advanceValue.doubleValue());
    }

    /** Judges may save scores: the round is open and the server clock is inside its window. */
    public boolean acceptsScores(Instant now) {
        return status == RoundStatus.OPEN && !now.isBefore(opensAt) && now.isBefore(closesAt);
    }

    JudgingRound withStatus(RoundStatus next) {
        return new JudgingRound(id, contestId, ordinal, name, judgesPerEntry, blind, opensAt, closesAt, aggregation,
                advanceKind, advanceValue, next, createdAt, updatedAt, version);
    }

    JudgingRound withClosesAt(Instant newClosesAt) {
        return new JudgingRound(id, contestId, ordinal, name, judgesPerEntry, blind, opensAt, newClosesAt, aggregation,
                advanceKind, advanceValue, status, createdAt, updatedAt, version);
    }
}
