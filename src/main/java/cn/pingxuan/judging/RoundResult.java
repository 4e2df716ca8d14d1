package cn.pingxuan.judging;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.math.BigDecimal;

/** An entry's place in a locked round's ranking (per category, by the round's method), and its outcome once final. */
@MappedEntity("round_result")
public record RoundResult(@Id @GeneratedValue @Nullable Long id, long roundId, long entryId, long categoryId, int placing,
                          boolean tied, BigDecimal score, int judgeCount, @Nullable RoundOutcome outcome) {

    RoundResult withOutcome(RoundOutcome next) {
        return new RoundResult(id, roundId, entryId, categoryId, placing, tied, score, judgeCount, next);
    }
}
