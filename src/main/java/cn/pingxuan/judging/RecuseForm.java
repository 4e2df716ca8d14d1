package cn.pingxuan.judging;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A judge stepping back from an entry (回避), with the reason the organizer reads. */
@Serdeable
public record RecuseForm(
        @NotBlank(message = "请填写回避原因") @Size(max = 200, message = "回避原因不能超过 200 个字符") String reason) {

    /** Whether another judge took the entry over. */
    @Serdeable
    public record Result(boolean reassigned) {
    }
}
