package cn.pingxuan.contest;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.List;

/** A category as the organizer edits it; {@code id} is set for one that already exists. */
@Serdeable
public record CategoryForm(
        @Nullable Long id,
        @NotBlank(message = "请填写类别名称") @Size(max = 60, message = "类别名称不能超过 60 个字符") String name,
        @NotNull(message = "请选择作品类型") CategoryKind kind,
        @Nullable @Size(max = 500, message = "类别说明不能超过 500 个字符") String description,
        @NotNull(message = "请填写文件大小上限") Long maxBytes,
        @NotEmpty(message = "请至少选择一种文件格式") List<String> formats,
        @Nullable Integer maxDurationSec,
        @Nullable Integer minWidth,
        @Nullable Integer minHeight,
        @Nullable Integer minChars,
        @Nullable Integer maxChars,
        @Nullable Integer maxImages,
        @Nullable Integer recommendationQuota) {
}
