package cn.pingxuan.report;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;

import java.math.BigDecimal;
import java.time.Instant;

/** The rows the report queries read, one record per query. */
final class ReportRows {

    private ReportRows() {
    }

    @Introspected
    record ResultEntry(long id, @Nullable String code, String title, long categoryId, String categoryName,
                       int categoryOrdinal, long unitId, @Nullable String advisorName, String status, String submitterName) {
    }

    @Introspected
    record MemberName(long entryId, String name) {
    }

    @Introspected
    record RoundHead(long id, int ordinal, String name) {
    }

    @Introspected
    record RoundScore(long roundId, long entryId, BigDecimal score, int placing) {
    }

    @Introspected
    record AwardLine(long entryId, String tierName, int tierOrdinal, String basis, int placing, BigDecimal finalScore) {
    }

    @Introspected
    record SheetLine(long assignmentId, long roundId, long judgeId, String judgeName, @Nullable String code, String title,
                     @Nullable BigDecimal total, @Nullable Instant submittedAt) {
    }

    @Introspected
    record CriterionHead(long id, long roundId, int ordinal, String name) {
    }

    @Introspected
    record ScoreValue(long assignmentId, long criterionId, BigDecimal scoreValue) {
    }

    @Introspected
    record StatEntry(long id, long unitId, long submitterId, String status, @Nullable Long recommendationId) {
    }

    @Introspected
    record UnitStudents(long unitId, long students) {
    }
}
