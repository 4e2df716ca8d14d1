package cn.pingxuan.account;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Create (with {@code parentId}; null for a top-level unit) or rename a unit; {@code parentId} is ignored on rename. */
@Serdeable
public record UnitForm(
        @Nullable Long parentId,
        @NotBlank(message = "请填写单位名称") @Size(max = 100, message = "单位名称不能超过 100 个字符") String name,
        @NotNull(message = "请选择单位类型") UnitKind kind,
        @Nullable @Size(max = 50, message = "单位代码不能超过 50 个字符")
        @Pattern(regexp = "^[A-Za-z0-9_.-]*$", message = "单位代码只能包含字母、数字、下划线、点和短横线") String code) {
}
