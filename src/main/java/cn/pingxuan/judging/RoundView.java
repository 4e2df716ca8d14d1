package cn.pingxuan.judging;

import cn.pingxuan.judging.ranking.AdvanceRule;
import cn.pingxuan.judging.ranking.Aggregation;
import io.micronaut.serde.annotation.Serdeable;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** A round as organizers see it, with how far its assignment and scoring have got. */
@Serdeable
public record RoundView(long id, long contestId, int ordinal, String name, List<Long> categoryIds, int judgesPerEntry,
                        boolean blind, Instant opensAt, Instant closesAt, Aggregation aggregation, String aggregationLabel,
                        AdvanceRuleView advanceRule, List<CriterionView> criteria, RoundStatus status, String statusLabel,
                        int entryCount, int assignmentCount, int submittedCount, int judgeCount) {

    @Serdeable
    public record AdvanceRuleView(AdvanceRule.Kind kind, BigDecimal value) {
    }

    @Serdeable
    public record CriterionView(long id, String name, String description, BigDecimal maxScore, BigDecimal weight) {

        static CriterionView of(RoundCriterion criterion) {
            return new CriterionView(criterion.id(), criterion.name(), criterion.description(), criterion.maxScore(),
                    criterion.weight());
        }
    }
}
