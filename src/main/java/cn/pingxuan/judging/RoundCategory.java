package cn.pingxuan.judging;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/** A category a round judges. */
@MappedEntity("round_category")
public record RoundCategory(@Id @GeneratedValue @Nullable Long id, long roundId, long categoryId) {
}
