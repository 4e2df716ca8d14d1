package cn.pingxuan.judging;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;

import java.util.List;

/** A round's whole judge pool: who judges, and in which of the round's categories. */
@Serdeable
public record PoolForm(@NotNull(message = "请提供评委名单") @Valid List<Member> judges) {

    @Serdeable
    public record Member(@NotNull(message = "请选择评委") Long userId,
                         @NotEmpty(message = "请为评委选择评审类别") List<Long> categoryIds) {
    }
}
