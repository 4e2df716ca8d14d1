package cn.pingxuan.entry;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.List;

/** An eligibility decision (资格审查): approve, or reject with a reason the student will read. */
@Serdeable
public record ReviewDecision(
        @NotNull(message = "请选择审查结果") Verdict verdict,
        @Nullable @Size(max = 500, message = "原因不能超过 500 个字符") String reason) {

    public enum Verdict {
        APPROVE, REJECT
    }

    @Serdeable
    public record Bulk(@NotNull(message = "请选择作品") @Size(min = 1, max = 500, message = "一次可审查 1–500 件作品") List<Long> entryIds) {
    }

    @Serdeable
    public record BulkResult(int approved, List<Skipped> skipped) {
    }

    @Serdeable
    public record Skipped(long entryId, String reason) {
    }
}
