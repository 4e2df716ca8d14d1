package cn.pingxuan.contest;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotNull;

@Serdeable
public record StatusChange(@NotNull(message = "请选择目标状态") ContestStatus status) {
}
