package cn.pingxuan.judging.ranking;

import java.util.ArrayList;
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

    /**
     * The same entries ranked among themselves, e.g. one category's slice of a round's ranking (rank the whole round
     * at once: judges who scored in several categories link them, which the ADDITIVE and ZSCORE methods use).
     */
    public static List<RankedEntry> rerank(List<RankedEntry> entries) {
        List<RankedEntry> sorted = new ArrayList<>(entries);
        sorted.sort(BEST_FIRST);
        List<RankedEntry> ranked = new ArrayList<>(sorted.size());
        int rank = 0;
        for (int i = 0; i < sorted.size(); i++) {
            RankedEntry entry = sorted.get(i);
            boolean sharesWithPrevious = i > 0 && sharesRank(entry, sorted.get(i - 1));
            if (!sharesWithPrevious) {
                rank = i + 1;
            }
            boolean tied = sharesWithPrevious || i + 1 < sorted.size() && sharesRank(entry, sorted.get(i + 1));
            ranked.add(new RankedEntry(entry.entryId(), rank, tied, entry.score(), entry.tieBreak(),
                    entry.judgeCount()));
        }
        return List.copyOf(ranked);
    }

    // score and tieBreak of a RankedEntry are already rounded to 2 decimals, so plain comparison is the rule's
    private static final Comparator<RankedEntry> BEST_FIRST = Comparator.comparingDouble(RankedEntry::score).reversed()
            .thenComparing(Comparator.comparingDouble(RankedEntry::tieBreak).reversed())
            .thenComparingLong(RankedEntry::entryId);

    private static boolean sharesRank(RankedEntry a, RankedEntry b) {
        return a.score() == b.score() && a.tieBreak() == b.tieBreak();
    }

    private static List<RankedEntry> rank(ScoreTable table, double[] scores, double[] tieBreaks) {
        List<RankedEntry> unranked = new ArrayList<>(table.entryCount());
        for (int e = 0; e < table.entryCount(); e++) {
            unranked.add(new RankedEntry(table.entryIds[e], 0, false, Decimals.rounded(scores[e]),
                    Decimals.rounded(tieBreaks[e]), table.scoresOf(e)));
        }
        return rerank(unranked);
    }
}
