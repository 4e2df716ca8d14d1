package cn.pingxuan.report;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.Size;

/** Marking a unit for 优秀组织奖: why (optional). */
@Serdeable
public record UnitAwardForm(@Nullable @Size(max = 500, message = "说明不能超过 500 个字符") String note) {
}
