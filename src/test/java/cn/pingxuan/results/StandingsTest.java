package cn.pingxuan.results;

import cn.pingxuan.judging.FinalRanking;
import cn.pingxuan.results.allocation.RankedWork;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class StandingsTest {

    private static FinalRanking.Standing standing(long entryId, int placing, double score, double tieBreak) {
        return new FinalRanking.Standing(entryId, 1, 1, "终评", placing, score, tieBreak);
    }

    @Test
    void theVotesShareMixesScaledScoresAndScaledVotes() {
        List<FinalRanking.Standing> judged = List.of(standing(1, 1, 90, 80), standing(2, 2, 80, 70), standing(3, 3, 70, 60));
        Map<Long, Long> votes = Map.of(1L, 0L, 2L, 50L, 3L, 100L);

        // 30 %: 1 → 0.7 × 100 = 70, 2 → 0.7 × 50 + 0.3 × 50 = 50, 3 → 0.3 × 100 = 30
        assertThat(Standings.blended(judged, votes, 0.3)).containsExactly(
                new RankedWork(1, 1, 70), new RankedWork(2, 2, 50), new RankedWork(3, 3, 30));
        // 60 %: 1 → 40, 2 → 50, 3 → 60: the vote reverses the order
        assertThat(Standings.blended(judged, votes, 0.6)).extracting(RankedWork::entryId).containsExactly(3L, 2L, 1L);
    }

    @Test
    void equalMixedScoresWithEqualTieBreaksShareAPlacing() {
        List<FinalRanking.Standing> judged = List.of(standing(1, 1, 90, 50), standing(2, 2, 80, 50), standing(3, 3, 70, 40));
        Map<Long, Long> votes = Map.of(2L, 20L);

        // 50 %: 1 → 50 + 0 = 50, 2 → 25 + 50 = 75, 3 → 0 + 0 = 0
        assertThat(Standings.blended(judged, votes, 0.5)).extracting(RankedWork::placing).containsExactly(1, 2, 3);
        List<RankedWork> tied = Standings.blended(judged, Map.of(1L, 10L, 2L, 20L), 0.5);
        // 1 → 50 + 25 = 75, 2 → 25 + 50 = 75 with equal tie-breaks: they share first place
        assertThat(tied).extracting(RankedWork::placing).containsExactly(1, 1, 3);
        assertThat(tied).extracting(RankedWork::entryId).containsExactly(1L, 2L, 3L);
    }
}
