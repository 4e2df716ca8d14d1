package cn.pingxuan.judging;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.DateCreated;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/** A declared conflict of interest (回避): the judge never gets this entry in this round. */
@MappedEntity("judge_conflict")
public record JudgeConflict(@Id @GeneratedValue @Nullable Long id, long roundId, long judgeId, long entryId, String reason,
                            long createdBy, @DateCreated @Nullable Instant createdAt) {
}
