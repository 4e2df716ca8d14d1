package cn.pingxuan.contest;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.Instant;
import java.util.List;

/** A contest with its categories and registration form, saved as one whole. */
@Serdeable
public record ContestForm(
        @Nullable @Size(max = 80, message = "短链接不能超过 80 个字符") String slug,
        @NotBlank(message = "请填写比赛名称") @Size(max = 120, message = "比赛名称不能超过 120 个字符") String title,
        @Nullable @Size(max = 200, message = "主题不能超过 200 个字符") String theme,
        @Nullable @Size(max = 20000, message = "简介不能超过 20000 个字符") String description,
        @Nullable @Size(max = 50000, message = "规则不能超过 50000 个字符") String rules,
        @NotNull(message = "请选择主办单位") Long ownerUnitId,
        @Nullable Long participantUnitId,
        @Nullable String zone,
        @NotNull(message = "请填写征集开始时间") Instant submissionOpensAt,
        @NotNull(message = "请填写征集截止时间") Instant submissionClosesAt,
        @Nullable Instant judgingStartsAt,
        @Nullable Instant publicityStartsAt,
        @Nullable Instant publicityEndsAt,
        @Nullable Instant publishAt,
        @Nullable Integer maxEntriesPerStudent,
        @Nullable Integer maxTeamSize,
        boolean advisorRequired,
        @Nullable @Size(max = 5000, message = "原创承诺不能超过 5000 个字符") String originalityPledge,
        boolean requiresRecommendation,
        @Nullable @Valid List<CategoryForm> categories,
        @Nullable List<FormField> formFields) {
}
