package cn.pingxuan.judging.ranking;

import org.junit.jupiter.api.Test;

import java.util.List;

import static cn.pingxuan.judging.ranking.Scores.score;
import static cn.pingxuan.judging.ranking.Scores.scoreOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class AggregationTest {

    // entry 1 has five scores 40, 70, 72, 80, 98; entry 2 has four scores 40, 70, 80, 98
    private static final List<JudgeScore> SCORES = List.of(
            score(1, 1, 98), score(1, 2, 40), score(1, 3, 72), score(1, 4, 70), score(1, 5, 80),
            score(2, 1, 40), score(2, 2, 98), score(2, 3, 70), score(2, 4, 80));

    @Test
    void mean() {
        assertThat(scoreOf(Aggregation.MEAN, SCORES, 1)).isEqualTo(72.0); // 360 / 5
        assertThat(scoreOf(Aggregation.MEAN, SCORES, 2)).isEqualTo(72.0); // 288 / 4
    }

    @Test
    void trimmedMeanDropsHighestAndLowestOnlyFromFiveScoresOn() {
        assertThat(scoreOf(Aggregation.TRIMMED_MEAN, SCORES, 1)).isEqualTo(74.0); // (70 + 72 + 80) / 3
        assertThat(scoreOf(Aggregation.TRIMMED_MEAN, SCORES, 2)).isEqualTo(72.0); // 4 scores: plain 288 / 4
    }

    @Test
    void medianOfOddAndEvenCounts() {
        assertThat(scoreOf(Aggregation.MEDIAN, SCORES, 1)).isEqualTo(72.0); // 40 70 [72] 80 98
        assertThat(scoreOf(Aggregation.MEDIAN, SCORES, 2)).isEqualTo(75.0); // 40 [70 80] 98 → (70 + 80) / 2
    }

    @Test
    void zScoreIgnoresFlatAndSingleScoreJudges() {
        List<JudgeScore> scores = List.of(
                score(10, 1, 60), score(20, 1, 70), score(30, 1, 80), // mean 70, sd √(200/3) = 8.16497
                score(10, 2, 90), score(20, 2, 80),                   // mean 85, sd 5
                score(10, 3, 50), score(20, 3, 50), score(30, 3, 50), // flat: z = 0
                score(20, 4, 99));                                    // one score: z = 0
        // all 9 totals: mean 629 / 9 = 69.8889, population sd 17.45117
        // entry 10: z = (−10 / 8.16497 + 1 + 0) / 3 = −0.074915 → 69.8889 − 0.074915 × 17.45117 = 68.58
        // entry 20: z = (0 − 1 + 0 + 0) / 4 = −0.25           → 69.8889 − 4.36279 = 65.53
        // entry 30: z = (10 / 8.16497 + 0) / 2 = 0.612372     → 69.8889 + 10.68673 = 80.58
        assertThat(scoreOf(Aggregation.ZSCORE, scores, 10)).isEqualTo(68.58);
        assertThat(scoreOf(Aggregation.ZSCORE, scores, 20)).isEqualTo(65.53);
        assertThat(scoreOf(Aggregation.ZSCORE, scores, 30)).isEqualTo(80.58);
    }

    @Test
    void additiveModelRecoversBiasesOfANoiseFreeConnectedDesign() {
        // true qualities 60, 70, 80, 90; biases judge 1 −6, judge 2 +2, judge 3 +4 (mean 0); each entry has two
        // judges and the pairs chain 1–2–3–1, so the design is connected and least squares is exact
        List<JudgeScore> scores = List.of(
                score(1, 1, 54), score(1, 2, 62),
                score(2, 2, 72), score(2, 3, 74),
                score(3, 3, 84), score(3, 1, 74),
                score(4, 1, 84), score(4, 2, 92));
        AdditiveModel.Fit fit = AdditiveModel.fit(ScoreTable.of(scores), 0);

        assertThat(fit.quality()).containsExactly(new double[] {60, 70, 80, 90}, within(1e-7));
        assertThat(fit.bias()).containsExactly(new double[] {-6, 2, 4}, within(1e-7));
    }

    @Test
    void additiveModelCentresBiasesWithinEachComponent() {
        // panel A: judges 1, 2 on entries 10, 11; panel B: judges 3, 4 on entries 20, 21. Panel B's judges have
        // biases +8 and +2 over qualities 50 and 60: seen alone, a panel of two lenient judges cannot be told from
        // two better entries, so the model reports biases +3, −3 and qualities 55, 65
        List<JudgeScore> scores = List.of(
                score(10, 1, 75), score(10, 2, 65), score(11, 1, 85), score(11, 2, 75), // biases +5, −5; 70, 80
                score(20, 3, 58), score(20, 4, 52), score(21, 3, 68), score(21, 4, 62));
        AdditiveModel.Fit fit = AdditiveModel.fit(ScoreTable.of(scores), 0);

        assertThat(fit.quality()).containsExactly(new double[] {70, 80, 55, 65}, within(1e-7));
        assertThat(fit.bias()).containsExactly(new double[] {5, -5, 3, -3}, within(1e-7));
    }

    @Test
    void ridgeShrinksTheBiasOfAJudgeWithOneScore() {
        // judge 3 scored only entry 2, 10 points above judge 1; the plain fit puts part of it on judge 3, the
        // ridge (one pseudo-score at 0 bias) for less, so entry 2 keeps more of its lead
        List<JudgeScore> scores = List.of(
                score(1, 1, 60), score(1, 2, 64), score(2, 1, 70), score(2, 2, 74), score(2, 3, 80));
        double plain = AdditiveModel.fit(ScoreTable.of(scores), 0).bias()[2];
        double ridged = AdditiveModel.fit(ScoreTable.of(scores)).bias()[2];

        assertThat(Math.abs(ridged)).isLessThan(Math.abs(plain));
        assertThat(scoreOf(Aggregation.ADDITIVE, scores, 2)).isGreaterThan(scoreOf(Aggregation.ADDITIVE, scores, 1));
    }
}
