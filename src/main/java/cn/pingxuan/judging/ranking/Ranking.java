package cn.pingxuan.judging.ranking;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Ranks the entries of a round by their judges' scores.
 * <p>
 * Tie-break rule (the one the UI shows):
 * <ol>
 *     <li>the aggregated score, compared at 2 decimals (rounded half-up, as displayed);</li>
 *     <li>then the mean of the judges' scores on the round's highest-weighted criterion, also at 2 decimals;</li>
 *     <li>entries still equal share a rank ("competition ranking": 1, 2, 2, 4) and are all marked tied; among
 *     themselves they are listed by entry id, so the order is stable.</li>
 * </ol>
 * The result does not depend on the order of the scores given.
 */
public final class Ranking {

    private Ranking() {
    }

    /** The entries best first. */
    public static List<RankedEntry> rank(Aggregation method, List<JudgeScore> scores) {
        ScoreTable table = ScoreTable.of(scores);
        return rank(table, EntryScores.of(method, table), table.entryMeans(table.tieBreak));
    }

    /** Every method's ranking of the same scores. */
    public static Map<Aggregation, List<RankedEntry>> rankAll(List<JudgeScore> scores) {
        ScoreTable table = ScoreTable.of(scores);
        double[] tieBreaks = table.entryMeans(table.tieBreak);
        Map<Aggregation, List<RankedEntry>> rankings = new EnumMap<>(Aggregation.class);
        for (Aggregation method : Aggregation.values()) {
            rankings.put(method, rank(table, EntryScores.of(method, table), tieBreaks));
        }
        return rankings;
    }

    private record Candidate(long entryId, long score, long tieBreak, int judgeCount) {

        static final Comparator<Candidate> BEST_FIRST = Comparator.comparingLong(Candidate::score).reversed()
                .thenComparing(Comparator.comparingLong(Candidate::tieBreak).reversed())
                .thenComparingLong(Candidate::entryId);

        boolean sharesRankWith(Candidate other) {
            return score == other.score && tieBreak == other.tieBreak;
        }
    }

    private static List<RankedEntry> rank(ScoreTable table, double[] scores, double[] tieBreaks) {
        Candidate[] candidates = new Candidate[table.entryCount()];
        for (int e = 0; e < candidates.length; e++) {
            candidates[e] = new Candidate(table.entryIds[e], Decimals.hundredths(scores[e]),
                    Decimals.hundredths(tieBreaks[e]), table.scoresOf(e));
        }
        Arrays.sort(candidates, Candidate.BEST_FIRST);
        List<RankedEntry> ranked = new ArrayList<>(candidates.length);
        int rank = 0;
        for (int i = 0; i < candidates.length; i++) {
            Candidate c = candidates[i];
            if (i == 0 || !c.sharesRankWith(candidates[i - 1])) {
                rank = i + 1;
            }
            boolean tied = i > 0 && c.sharesRankWith(candidates[i - 1])
                    || i + 1 < candidates.length && c.sharesRankWith(candidates[i + 1]);
            ranked.add(new RankedEntry(c.entryId(), rank, tied, c.score() / 100.0, c.tieBreak() / 100.0,
                    c.judgeCount()));
        }
        return List.copyOf(ranked);
    }
}
