package cn.pingxuan.judging.ranking;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class DeterminismTest {

    private static List<JudgeScore> randomScores(Random random) {
        List<JudgeScore> scores = new ArrayList<>();
        for (long entry = 1; entry <= 400; entry++) {
            List<Long> judges = new ArrayList<>();
            for (long judge = 1; judge <= 40; judge++) {
                judges.add(judge);
            }
            Collections.shuffle(judges, random);
            for (long judge : judges.subList(0, 3 + random.nextInt(4))) {
                double total = Math.round(random.nextDouble() * 10000) / 100.0;
                scores.add(new JudgeScore(entry * 7, judge * 11, total, Math.round(total / 4 * 10) / 10.0));
            }
        }
        return scores;
    }

    @Test
    void shuffledInputGivesIdenticalOutput() {
        List<JudgeScore> scores = randomScores(new Random(5));
        List<JudgeScore> shuffled = new ArrayList<>(scores);
        Collections.shuffle(shuffled, new Random(6));

        assertThat(Ranking.rankAll(shuffled)).isEqualTo(Ranking.rankAll(scores));
        assertThat(JudgeStatistics.of(shuffled)).isEqualTo(JudgeStatistics.of(scores));
        assertThat(Ranking.rankAll(scores)).containsOnlyKeys(Aggregation.values())
                .allSatisfy((method, ranking) -> assertThat(ranking).hasSize(400));
    }

    @Test
    void aJudgeScoringAnEntryTwiceIsAnError() {
        List<JudgeScore> scores = List.of(new JudgeScore(1, 2, 50, 5), new JudgeScore(1, 2, 60, 6));

        assertThatIllegalArgumentException().isThrownBy(() -> Ranking.rank(Aggregation.MEAN, scores))
                .withMessageContaining("more than once");
    }

    @Test
    void noScoresNoRanking() {
        assertThat(Ranking.rank(Aggregation.ADDITIVE, List.of())).isEmpty();
    }
}
