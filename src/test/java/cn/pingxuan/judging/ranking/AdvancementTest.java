package cn.pingxuan.judging.ranking;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class AdvancementTest {

    /** Entries 1..n with the given scores, as a ranking hands them over (the ranks are not read). */
    private static List<RankedEntry> ranking(double... scores) {
        List<RankedEntry> ranked = new ArrayList<>();
        for (int i = 0; i < scores.length; i++) {
            ranked.add(new RankedEntry(i + 1, 0, false, scores[i], 0, 5));
        }
        return ranked;
    }

    private static List<RankedEntry> distinctScores(int count) {
        double[] scores = new double[count];
        for (int i = 0; i < count; i++) {
            scores[i] = (9000 - i) / 100.0;
        }
        return ranking(scores);
    }

    @Test
    void topNTakesEveryEntryTiedAtTheBoundary() {
        List<RankedEntry> ranked = ranking(90, 85, 80, 80, 70);

        assertThat(Advancement.select(ranked, new AdvanceRule(AdvanceRule.Kind.TOP_N, 3))).containsExactly(1L, 2L, 3L, 4L);
        assertThat(Advancement.select(ranked, new AdvanceRule(AdvanceRule.Kind.TOP_N, 2))).containsExactly(1L, 2L);
        assertThat(Advancement.select(ranked, new AdvanceRule(AdvanceRule.Kind.TOP_N, 9))).hasSize(5);
    }

    @Test
    void ranksAreCountedWithinTheCategory() {
        // the round's ranking: entries 1 (90) and 3 (80) in category A, 2 (85), 4 (75) and 5 (70) in category B
        List<RankedEntry> round = Ranking.rank(Aggregation.MEAN, List.of(Scores.score(1, 1, 90), Scores.score(2, 1, 85),
                Scores.score(3, 1, 80), Scores.score(4, 1, 75), Scores.score(5, 1, 70)));
        List<RankedEntry> categoryB = round.stream().filter(r -> r.entryId() % 2 == 0 || r.entryId() == 5).toList();

        assertThat(Advancement.select(categoryB, new AdvanceRule(AdvanceRule.Kind.TOP_N, 2))).containsExactly(2L, 4L);
    }

    @Test
    void topPercentRoundsTheCountUp() {
        // 10 × 25 % = 2.5 → 3
        assertThat(Advancement.select(distinctScores(10), new AdvanceRule(AdvanceRule.Kind.TOP_PERCENT, 25)))
                .containsExactly(1L, 2L, 3L);
        // 250 × 64.4 % = 161 exactly (161.00000000000003 in doubles)
        assertThat(Advancement.select(distinctScores(250), new AdvanceRule(AdvanceRule.Kind.TOP_PERCENT, 64.4)))
                .hasSize(161);
        // 5 × 40 % = 2 → ranks ≤ 2, and the tie at rank 2 brings entry 3 along
        List<RankedEntry> tied = ranking(90, 85, 85, 80, 70);
        assertThat(Advancement.select(tied, new AdvanceRule(AdvanceRule.Kind.TOP_PERCENT, 40)))
                .containsExactly(1L, 2L, 3L);
    }

    @Test
    void thresholdComparesAtTwoDecimals() {
        List<RankedEntry> ranked = ranking(80.01, 80.0, 79.99);

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
