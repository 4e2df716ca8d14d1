package cn.pingxuan.judging;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotNull;

import java.math.BigDecimal;
import java.util.List;

/** An assignment as organizers see it. */
@Serdeable
public record AssignmentView(long id, long entryId, @Nullable String entryCode, String entryTitle, long judgeId,
                             String judgeName, AssignmentStatus status, String statusLabel, @Nullable BigDecimal total,
                             boolean calibration, @Nullable String recuseReason) {

    /** What an automatic assignment did: how many pairs, the calibration set and each judge's load. */
    @Serdeable
    public record Report(int assignments, List<Long> calibrationEntries, List<Load> loads, @Nullable String loadNote) {
    }

    @Serdeable
    public record Load(long judgeId, String judgeName, int count) {
    }

    /** An entry the assignment could not give enough judges, and why. */
    @Serdeable
    public record Shortfall(long entryId, @Nullable String code, String title, int missing, String reason) {
    }

    @Serdeable
    public record Run(@Nullable Integer calibrationSize) {
    }

    @Serdeable
    public record Pair(@NotNull(message = "请选择作品") Long entryId,
                       @NotNull(message = "请选择评委") Long judgeId) {
    }

    @Serdeable
    public record Swap(@NotNull(message = "请选择新的评委") Long judgeId) {
    }
}
