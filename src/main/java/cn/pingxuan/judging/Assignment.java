package cn.pingxuan.judging;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.DateCreated;
import io.micronaut.data.annotation.DateUpdated;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Version;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * One judge scoring one entry in one round. {@code total} is the weighted score on 0..100 of the saved scores;
 * {@code version} is what a judge's save must name, so two tabs never overwrite each other unseen.
 */
@MappedEntity("assignment")
public record Assignment(
        @Id @GeneratedValue @Nullable Long id,
        long roundId,
        long entryId,
        long judgeId,
        AssignmentStatus status,
        boolean calibration,
        @Nullable String comment,
        @Nullable BigDecimal total,
        @Nullable String recuseReason,
        @Nullable Instant submittedAt,
        @DateCreated @Nullable Instant createdAt,
        @DateUpdated @Nullable Instant updatedAt,
        @Version @Nullable Long version) {

    static Assignment of(long roundId, long entryId, long judgeId, boolean calibration) {
        return new Assignment(null, roundId, entryId, judgeId, AssignmentStatus.ASSIGNED, calibration, null, null, null,
                null, null, null, null);
    }

    Assignment saved(AssignmentStatus next, @Nullable String newComment, @Nullable BigDecimal newTotal,
                     @Nullable Instant newSubmittedAt) {
        return new Assignment(id, roundId, entryId, judgeId, next, calibration, newComment, newTotal, recuseReason,
                newSubmittedAt, createdAt, updatedAt, version);
    }

    Assignment recused(String reason) {
        return new Assignment(id, roundId, entryId, judgeId, AssignmentStatus.RECUSED, calibration, comment, total, reason,
                submittedAt, createdAt, updatedAt, version);
    }

    boolean hasScores() {
        return status == AssignmentStatus.DRAFT || status == AssignmentStatus.SUBMITTED;
    }
}
