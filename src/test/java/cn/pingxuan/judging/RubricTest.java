package cn.pingxuan.judging;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class RubricTest {

    private final Rubric rubric = new Rubric(List.of(
            new RoundCriterion(1L, 9, 0, "创意", "", new BigDecimal("40"), new BigDecimal("60")),
            new RoundCriterion(2L, 9, 1, "制作", "", new BigDecimal("20"), new BigDecimal("25")),
            new RoundCriterion(3L, 9, 2, "主题", "", new BigDecimal("10"), new BigDecimal("15"))));

    @Test
    void theTotalIsTheWeightedShareOfEachMaximumToTwoDecimals() {
        // 33.5/40×60 = 50.25; 17/20×25 = 21.25; 7/10×15 = 10.5 → 82.00
        assertThat(rubric.total(Map.of(1L, new BigDecimal("33.5"), 2L, new BigDecimal("17"), 3L, new BigDecimal("7"))))
                .isEqualByComparingTo("82.00");
        // 1/40×60 = 1.5; 1/20×25 = 1.25; 1/10×15 = 1.5 → 4.25
        assertThat(rubric.total(Map.of(1L, BigDecimal.ONE, 2L, BigDecimal.ONE, 3L, BigDecimal.ONE))).isEqualByComparingTo("4.25");
    }

    @Test
    void aMissingScoreLeavesNoTotal() {
        assertThat(rubric.total(Map.of(1L, new BigDecimal("30")))).isNull();
    }

    @Test
    void theHeaviestCriterionBreaksTiesOnAHundredPointScale() {
        assertThat(rubric.tieBreaker().name()).isEqualTo("创意");
        assertThat(rubric.tieBreakValue(Map.of(1L, new BigDecimal("30")))).isEqualTo(75.0);
    }
}
