package cn.pingxuan.judging;

import cn.pingxuan.judging.ranking.AdvanceRule;
import cn.pingxuan.judging.ranking.Aggregation;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** A round as the organizer sets it up, rubric included, saved as one whole. */
@Serdeable
public record RoundForm(
        @NotBlank(message = "请填写轮次名称") @Size(max = 50, message = "轮次名称不能超过 50 个字符") String name,
        @NotEmpty(message = "请选择本轮评审的类别") List<Long> categoryIds,
        @NotNull(message = "请填写每件作品的评委人数") Integer judgesPerEntry,
        boolean blind,
        @NotNull(message = "请填写评审开始时间") Instant opensAt,
        @NotNull(message = "请填写评审截止时间") Instant closesAt,
        @Nullable Aggregation aggregation,
        @NotNull(message = "请设置晋级规则") @Valid AdvanceRuleForm advanceRule,
        @NotEmpty(message = "请至少设置一项评分标准") @Valid List<CriterionForm> criteria) {

    @Serdeable
    public record AdvanceRuleForm(@NotNull(message = "请选择晋级方式") AdvanceRule.Kind kind,
                                  @NotNull(message = "请填写晋级规则的数值") BigDecimal value) {
    }

    @Serdeable
    public record CriterionForm(
            @NotBlank(message = "请填写评分项名称") @Size(max = 50, message = "评分项名称不能超过 50 个字符") String name,
            @Nullable @Size(max = 500, message = "评分项说明不能超过 500 个字符") String description,
            @NotNull(message = "请填写满分") BigDecimal maxScore,
            @NotNull(message = "请填写权重") BigDecimal weight) {
    }
}
