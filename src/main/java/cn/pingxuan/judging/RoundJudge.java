package cn.pingxuan.judging;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/** A judge of a round's pool, for one of the categories they score. */
@MappedEntity("round_judge")
public record RoundJudge(@Id @GeneratedValue @Nullable Long id, long roundId, long userId, long categoryId) {
}
