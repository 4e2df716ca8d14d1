package cn.pingxuan.judging.ranking;

import cn.pingxuan.judging.ranking.JudgeStatistics.EntrySpread;
import cn.pingxuan.judging.ranking.JudgeStatistics.JudgeSummary;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static cn.pingxuan.judging.ranking.Scores.score;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;

class JudgeStatisticsTest {

    private static JudgeStatistics statistics() {
        List<JudgeScore> scores = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            long entry = 10 * (i + 1);
            scores.add(score(entry, 1, 50 + 2 * i)); // 50 52 54 56 58: mean 54, sd √8 = 2.828
            scores.add(score(entry, 2, 70 + 2 * i)); // 70 … 78
            scores.add(score(entry, 3, 65));         // flat
        }
        scores.add(score(60, 4, 75));                // alone on entry 60
        scores.add(score(70, 5, 80.1));
        scores.add(score(70, 6, 60.1));              // spread 19.999999999999993 in doubles, shown 20.00
        scores.add(score(80, 5, 80));
        scores.add(score(80, 6, 60.01));             // spread 19.99
        return JudgeStatistics.of(scores);
    }

    @Test
    void deviationFromTheOtherJudgesFlagsHarshLenientAndFlatJudges() {
        // judge 1 against the mean of judges 2 and 3 on entries 10..50:
        //   50 − (70 + 65) / 2 = −17.5, 52 − 68.5 = −16.5, −15.5, −14.5, −13.5 → mean −15.5
        // judge 2: 70 − (50 + 65) / 2 = 12.5, 13.5, 14.5, 15.5, 16.5 → mean 14.5
        // judge 3: 65 − (50 + 70) / 2 = 5, 3, 1, −1, −3 → mean 1, but sd 0 over 5 scores
        // judge 4: nobody else scored entry 60 → no deviation; one score is too few to call flat
        assertThat(statistics().judges()).filteredOn(j -> j.judgeId() <= 4)
                .extracting(JudgeSummary::judgeId, JudgeSummary::count, JudgeSummary::deviation, JudgeSummary::tendency)
                .containsExactly(
                        tuple(1L, 5, -15.5, Tendency.HARSH),
                        tuple(2L, 5, 14.5, Tendency.LENIENT),
                        tuple(3L, 5, 1.0, Tendency.FLAT),
                        tuple(4L, 1, null, null));
        JudgeSummary first = statistics().judges().get(0);
        assertThat(first.mean()).isEqualTo(54.0);
        assertThat(first.sd()).isCloseTo(Math.sqrt(8), within(1e-12)); // (16 + 4 + 0 + 4 + 16) / 5 = 8
    }

    @Test
    void spreadOfTwentyPointsIsADisagreement() {
        assertThat(statistics().entries())
                .extracting(EntrySpread::entryId, EntrySpread::count, EntrySpread::spread, EntrySpread::disagreement)
                .containsExactly(
                        tuple(10L, 3, 20.0, true),  // 70 − 50
                        tuple(20L, 3, 20.0, true),
                        tuple(30L, 3, 20.0, true),
                        tuple(40L, 3, 20.0, true),
                        tuple(50L, 3, 20.0, true),
                        tuple(60L, 1, 0.0, false),
                        tuple(70L, 2, 20.0, true),  // 80.1 − 60.1
                        tuple(80L, 2, 19.99, false));
        assertThat(statistics().entries().get(0).mean()).isCloseTo(61.6667, within(1e-4)); // (50 + 70 + 65) / 3
    }
}
