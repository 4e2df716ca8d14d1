package cn.pingxuan.judging;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.DateCreated;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/** A judge's report on an entry (suspected plagiarism, off-topic, …) for the organizer to resolve. */
@MappedEntity("judge_flag")
public record JudgeFlag(@Id @GeneratedValue @Nullable Long id, long roundId, long assignmentId, long entryId, long judgeId,
                        FlagKind kind, String note, @Nullable String resolution, @Nullable Long resolvedBy,
                        @Nullable Instant resolvedAt, @DateCreated @Nullable Instant createdAt) {

    JudgeFlag resolved(String text, long byUserId, Instant at) {
        return new JudgeFlag(id, roundId, assignmentId, entryId, judgeId, kind, note, text, byUserId, at, createdAt);
    }
}
