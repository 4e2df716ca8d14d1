package cn.pingxuan.judging;

import cn.pingxuan.common.FieldError;
import cn.pingxuan.judging.ranking.AdvanceRule;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class RoundRulesTest {

    private static final Instant OPENS = Instant.parse("2026-12-01T00:00:00Z");

    @Test
    void aSoundFormPasses() {
        assertThat(RoundRules.check(form(2, OPENS.plusSeconds(3600), AdvanceRule.Kind.TOP_N, "10", "60", "40"), Set.of(7L)))
                .isEmpty();
    }

    @Test
    void eachProblemIsReportedOnItsField() {
        List<FieldError> errors = RoundRules.check(form(0, OPENS, AdvanceRule.Kind.TOP_N, "2.5", "60", "30.5"), Set.of(8L));

        assertThat(errors).extracting(FieldError::field)
                .containsExactly("closesAt", "judgesPerEntry", "categoryIds", "advanceRule.value", "criteria");
        assertThat(errors.get(4).message()).isEqualTo("各评分项权重之和应为 100%，现为 90.5%");
    }

    @Test
    void percentAndThresholdStayOnTheHundredPointScale() {
        assertThat(RoundRules.check(form(1, OPENS.plusSeconds(1), AdvanceRule.Kind.TOP_PERCENT, "0", "100"), Set.of(7L)))
                .extracting(FieldError::message).containsExactly("晋级比例必须大于 0 且不超过 100");
        assertThat(RoundRules.check(form(1, OPENS.plusSeconds(1), AdvanceRule.Kind.THRESHOLD, "100.5", "100"), Set.of(7L)))
                .extracting(FieldError::message).containsExactly("晋级分数线必须在 0 到 100 之间");
    }

    private static RoundForm form(int judges, Instant closes, AdvanceRule.Kind kind, String value, String... weights) {
        List<RoundForm.CriterionForm> criteria = Arrays.stream(weights)
                .map(w -> new RoundForm.CriterionForm("项", null, new BigDecimal("10"), new BigDecimal(w))).toList();
        return new RoundForm("初评", List.of(7L), judges, true, OPENS, closes, null,
                new RoundForm.AdvanceRuleForm(kind, new BigDecimal(value)), criteria);
    }
}
