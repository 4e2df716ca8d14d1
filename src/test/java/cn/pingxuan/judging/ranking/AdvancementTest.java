package cn.pingxuan.judging.ranking;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class AdvancementTest {

    /** Entries 1..n with the given ranks and scores. */
    private static List<RankedEntry> ranking(int[] ranks, double[] scores) {
        List<RankedEntry> ranked = new ArrayList<>();
        for (int i = 0; i < ranks.length; i++) {
            boolean tied = i > 0 && ranks[i - 1] == ranks[i] || i + 1 < ranks.length && ranks[i + 1] == ranks[i];
            ranked.add(new RankedEntry(i + 1, ranks[i], tied, scores[i], 0, 5));
        }
        return ranked;
    }

    private static List<RankedEntry> distinctRanks(int count) {
        int[] ranks = new int[count];
        double[] scores = new double[count];
        for (int i = 0; i < count; i++) {
            ranks[i] = i + 1;
            scores[i] = 90 - i * 0.1;
        }
        return ranking(ranks, scores);
    }

    @Test
    void topNTakesEveryEntryTiedAtTheBoundary() {
        List<RankedEntry> ranked = ranking(new int[] {1, 2, 3, 3, 5}, new double[] {90, 85, 80, 80, 70});

        assertThat(Advancement.select(ranked, new AdvanceRule(AdvanceRule.Kind.TOP_N, 3))).containsExactly(1L, 2L, 3L, 4L);
        assertThat(Advancement.select(ranked, new AdvanceRule(AdvanceRule.Kind.TOP_N, 2))).containsExactly(1L, 2L);
        assertThat(Advancement.select(ranked, new AdvanceRule(AdvanceRule.Kind.TOP_N, 9))).hasSize(5);
    }

    @Test
    void topPercentRoundsTheCountUp() {
        // 10 × 25 % = 2.5 → 3
        assertThat(Advancement.select(distinctRanks(10), new AdvanceRule(AdvanceRule.Kind.TOP_PERCENT, 25)))
                .containsExactly(1L, 2L, 3L);
        // 250 × 64.4 % = 161 exactly (161.00000000000003 in doubles)
        assertThat(Advancement.select(distinctRanks(250), new AdvanceRule(AdvanceRule.Kind.TOP_PERCENT, 64.4)))
                .hasSize(161);
        // 5 × 40 % = 2 → ranks ≤ 2, and the tie at rank 2 brings entry 3 along
        List<RankedEntry> tied = ranking(new int[] {1, 2, 2, 4, 5}, new double[] {90, 85, 85, 80, 70});
        assertThat(Advancement.select(tied, new AdvanceRule(AdvanceRule.Kind.TOP_PERCENT, 40)))
                .containsExactly(1L, 2L, 3L);
    }

    @Test
    void thresholdComparesAtTwoDecimals() {
        List<RankedEntry> ranked = ranking(new int[] {1, 2, 3}, new double[] {80.01, 80.0, 79.99});

        assertThat(Advancement.select(ranked, new AdvanceRule(AdvanceRule.Kind.THRESHOLD, 80)))
                .containsExactly(1L, 2L);
        // 79.995 is shown and compared as 80.00
        assertThat(Advancement.select(ranked, new AdvanceRule(AdvanceRule.Kind.THRESHOLD, 79.995)))
                .containsExactly(1L, 2L);
    }

    @Test
    void rulesOutsideTheirRangeAreRefusedInChinese() {
        assertThatIllegalArgumentException().isThrownBy(() -> new AdvanceRule(AdvanceRule.Kind.TOP_N, 0))
                .withMessage("晋级名额必须是不小于 1 的整数");
        assertThatIllegalArgumentException().isThrownBy(() -> new AdvanceRule(AdvanceRule.Kind.TOP_N, 2.5))
                .withMessage("晋级名额必须是不小于 1 的整数");
        assertThatIllegalArgumentException().isThrownBy(() -> new AdvanceRule(AdvanceRule.Kind.TOP_PERCENT, 0))
                .withMessage("晋级比例必须大于 0 且不超过 100");
        assertThatIllegalArgumentException().isThrownBy(() -> new AdvanceRule(AdvanceRule.Kind.TOP_PERCENT, 100.5))
                .withMessage("晋级比例必须大于 0 且不超过 100");
        assertThatIllegalArgumentException().isThrownBy(() -> new AdvanceRule(AdvanceRule.Kind.THRESHOLD, -1))
                .withMessage("晋级分数线必须在 0 到 100 之间");
        assertThatIllegalArgumentException().isThrownBy(() -> new AdvanceRule(null, 1))
                .withMessage("请选择晋级规则");
        assertThatIllegalArgumentException().isThrownBy(() -> new AdvanceRule(AdvanceRule.Kind.THRESHOLD, Double.NaN))
                .withMessage("晋级规则的数值无效");
    }
}
