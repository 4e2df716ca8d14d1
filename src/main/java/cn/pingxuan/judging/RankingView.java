package cn.pingxuan.judging;

import cn.pingxuan.judging.ranking.Aggregation;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * A locked round's ranking: the round's own method decides {@code rank}, {@code score} and who advances; every other
 * method is computed from the same stored scores beside it, so organizers can see how much the method matters.
 */
@Serdeable
public record RankingView(long roundId, Aggregation method, List<Aggregation> methods, RoundView.AdvanceRuleView advanceRule,
                          boolean finalized, List<Row> rows) {

    @Serdeable
    public record Row(long entryId, @Nullable String code, String title, long categoryId, String categoryName, int rank,
                      boolean tied, BigDecimal score, Map<Aggregation, BigDecimal> scores, Map<Aggregation, Integer> ranks,
                      int judgeCount, boolean advances, @Nullable RoundOutcome outcome) {
    }
}
