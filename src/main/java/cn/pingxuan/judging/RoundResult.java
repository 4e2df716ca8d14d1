package cn.pingxuan.judging;

import cn.pingxuan.judging.ranking.RankedEntry;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.math.BigDecimal;

/** An entry's place in a locked round's ranking (per category, by the round's method), and its outcome once final. */
@MappedEntity("round_result")
public record RoundResult(@Id @GeneratedValue @Nullable Long id, long roundId, long entryId, long categoryId, int placing,
                          boolean tied, BigDecimal score, BigDecimal tieBreak, int judgeCount,
                          @Nullable RoundOutcome outcome) {

    /** As the ranking engine compares it again (advancement re-ranks a category from the kept figures). */
    RankedEntry ranked() {
        return new RankedEntry(entryId, placing, tied, score.doubleValue(), tieBreak.doubleValue(), judgeCount);
    }

    RoundResult withOutcome(RoundOutcome next) {
        return new RoundResult(id, roundId, entryId, categoryId, placing, tied, score, tieBreak, judgeCount, next);
    }
}
