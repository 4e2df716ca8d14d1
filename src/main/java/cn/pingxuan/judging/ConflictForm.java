package cn.pingxuan.judging;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A conflict of interest the organizer declares between a judge and an entry. */
@Serdeable
public record ConflictForm(@NotNull(message = "请选择评委") Long judgeId, @NotNull(message = "请选择作品") Long entryId,
                           @NotBlank(message = "请填写回避原因") @Size(max = 200, message = "回避原因不能超过 200 个字符") String reason) {
}
