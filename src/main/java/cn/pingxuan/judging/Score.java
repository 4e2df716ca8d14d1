package cn.pingxuan.judging;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.MappedProperty;

import java.math.BigDecimal;

/** A judge's score on one criterion of an assignment. */
@MappedEntity("score")
public record Score(@Id @GeneratedValue @Nullable Long id, long assignmentId, long criterionId,
                    @MappedProperty("score_value") BigDecimal value) {
}
