package cn.pingxuan.judging.ranking;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class TieBreakTest {

    @Test
    void scoreAtTwoDecimalsThenTieBreakMeanThenSharedRank() {
        List<JudgeScore> scores = List.of(
                new JudgeScore(1, 1, 90, 10),
                new JudgeScore(8, 1, 85.005, 0),    // level 1: 85.005 rounds half-up to 85.01, above 85.00
                new JudgeScore(2, 1, 85.004, 20),   // level 1: 85.00 …
                new JudgeScore(3, 1, 85.001, 25),   // … 85.00 too, so level 2: 25 beats 20
                new JudgeScore(6, 1, 80, 18),       // level 3: 80.00 and 18.00 on both levels for 4, 5, 6
                new JudgeScore(5, 1, 80, 18.001),
                new JudgeScore(4, 1, 80, 17.995),   // 18.00 after half-up rounding
                new JudgeScore(7, 1, 70, 30));

        assertThat(Ranking.rank(Aggregation.MEAN, scores))
                .extracting(RankedEntry::entryId, RankedEntry::rank, RankedEntry::tied, RankedEntry::score)
                .containsExactly(
                        tuple(1L, 1, false, 90.0),
                        tuple(8L, 2, false, 85.01),
                        tuple(3L, 3, false, 85.0),
                        tuple(2L, 4, false, 85.0),
                        tuple(4L, 5, true, 80.0),   // shared rank: listed by entry id
                        tuple(5L, 5, true, 80.0),
                        tuple(6L, 5, true, 80.0),
                        tuple(7L, 8, false, 70.0)); // competition ranking: 5, 5, 5, then 8
    }

    @Test
    void rerankRanksASliceAmongItself() {
        List<RankedEntry> round = Ranking.rank(Aggregation.MEAN, List.of(new JudgeScore(1, 1, 90, 0),
                new JudgeScore(2, 1, 80, 0), new JudgeScore(3, 1, 80, 0), new JudgeScore(4, 1, 70, 0)));

        assertThat(Ranking.rerank(List.of(round.get(3), round.get(2))))
                .extracting(RankedEntry::entryId, RankedEntry::rank, RankedEntry::tied)
                .containsExactly(tuple(3L, 1, false), tuple(4L, 2, false)); // 3 was tied with 2 in the round
    }

    @Test
    void tieBreakIsTheMeanOverTheEntrysJudges() {
        List<JudgeScore> scores = List.of(
                new JudgeScore(1, 1, 80, 20), new JudgeScore(1, 2, 80, 10), // tie-break (20 + 10) / 2 = 15
                new JudgeScore(2, 1, 80, 16), new JudgeScore(2, 2, 80, 16)); // 16

        assertThat(Ranking.rank(Aggregation.MEAN, scores))
                .extracting(RankedEntry::entryId, RankedEntry::tieBreak, RankedEntry::judgeCount)
                .containsExactly(tuple(2L, 16.0, 2), tuple(1L, 15.0, 2));
    }
}
