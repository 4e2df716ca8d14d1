package cn.pingxuan.judging;

import io.micronaut.serde.annotation.Serdeable;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** A round as its judges see it: the rubric, the window, whether saves are taken now, and their own progress. */
@Serdeable
public record JudgeRoundView(long id, String name, String contestTitle, RoundStatus status, String statusLabel,
                             boolean blind, Instant opensAt, Instant closesAt, boolean editable, List<Criterion> criteria,
                             int assigned, int submitted) {

    @Serdeable
    public record Criterion(long id, String name, String description, BigDecimal maxScore, BigDecimal weight) {

        static Criterion of(RoundCriterion criterion) {
            return new Criterion(criterion.id(), criterion.name(), criterion.description(), criterion.maxScore(),
                    criterion.weight());
        }
    }

    /** One line of a judge's list of rounds. */
    @Serdeable
    public record Summary(long roundId, long contestId, String contestTitle, String roundName, RoundStatus status,
                          String statusLabel, boolean blind, Instant opensAt, Instant closesAt, boolean editable,
                          int assigned, int submitted) {
    }
}
