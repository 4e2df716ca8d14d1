package cn.pingxuan.judging;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.math.BigDecimal;

/** One line of a round's rubric; {@code weight} is in percent. */
@MappedEntity("round_criterion")
public record RoundCriterion(@Id @GeneratedValue @Nullable Long id, long roundId, int ordinal, String name,
                             String description, BigDecimal maxScore, BigDecimal weight) {
}
