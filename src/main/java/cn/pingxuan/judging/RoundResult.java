package cn.pingxuan.judging;

import cn.pingxuan.judging.ranking.AdvanceRule;
import cn.pingxuan.judging.ranking.Advancement;
import cn.pingxuan.judging.ranking.RankedEntry;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** An entry's place in a locked round's ranking (per category, by the round's method), and its outcome once final. */
@MappedEntity("round_result")
public record RoundResult(@Id @GeneratedValue @Nullable Long id, long roundId, long entryId, long categoryId, int placing,
                          boolean tied, BigDecimal score, BigDecimal tieBreak, int judgeCount,
                          @Nullable RoundOutcome outcome) {

    /** As the ranking engine compares it again (advancement re-ranks a category from the kept figures). */
    RankedEntry ranked() {
        return new RankedEntry(entryId, placing, tied, score.doubleValue(), tieBreak.doubleValue(), judgeCount);
    }

    /** Who the rule sends on, applied to each category's kept ranking on its own. */
    static Set<Long> advancing(List<RoundResult> kept, AdvanceRule rule) {
        Set<Long> advancing = new HashSet<>();
        kept.stream().collect(Collectors.groupingBy(RoundResult::categoryId)).values().forEach(category ->
                advancing.addAll(Advancement.select(category.stream().map(RoundResult::ranked).toList(), rule)));
        return advancing;
    }

    RoundResult withOutcome(RoundOutcome next) {
        return new RoundResult(id, roundId, entryId, categoryId, placing, tied, score, tieBreak, judgeCount, next);
    }
}
