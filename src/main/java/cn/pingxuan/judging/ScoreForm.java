package cn.pingxuan.judging;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;
import java.util.Map;

/**
 * A judge's sheet as saved or submitted: scores by criterion id (null clears a score in a draft), the comment, and
 * the {@code version} the judge last saw.
 */
@Serdeable
public record ScoreForm(
        @NotNull(message = "请填写评分") Map<String, @Nullable BigDecimal> scores,
        @Nullable @Size(max = 2000, message = "评语不能超过 2000 个字符") String comment,
        @NotNull(message = "缺少版本号，请刷新后重试") Long version) {
}
