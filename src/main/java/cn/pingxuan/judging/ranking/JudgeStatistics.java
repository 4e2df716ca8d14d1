package cn.pingxuan.judging.ranking;

import java.util.ArrayList;
import java.util.List;

/**
 * Figures for the organizer's progress view: how each judge scores compared with the others, and which entries the
 * judges disagree on. Thresholds are on the 0..100 points scale.
 *
 * @param judges  by judge id ascending
 * @param entries by entry id ascending
 */
public record JudgeStatistics(List<JudgeSummary> judges, List<EntrySpread> entries) {

    /** |deviation| at least this: the judge is {@link Tendency#HARSH} or {@link Tendency#LENIENT}. */
    public static final double TENDENCY_DEVIATION = 10;
    /** sd below this over at least {@link #FLAT_MIN_SCORES} scores: {@link Tendency#FLAT}, hardly ranks at all. */
    public static final double FLAT_SD = 2;
    public static final int FLAT_MIN_SCORES = 5;
    /** max − min of an entry's totals at least this: the judges disagree. */
    public static final double DISAGREEMENT_SPREAD = 20;

    /**
     * @param sd        population standard deviation of the judge's totals
     * @param deviation the mean, over the judge's entries that another judge scored too, of (own total − mean of
     *                  the other judges' totals on that entry); null when no entry of theirs had another judge
     * @param tendency  null when nothing stands out
     */
    public record JudgeSummary(long judgeId, int count, double mean, double sd, Double deviation, Tendency tendency) {
    }

    /** @param spread max − min of the entry's totals (0 with one score) */
    public record EntrySpread(long entryId, int count, double mean, double spread, boolean disagreement) {
    }

    public static JudgeStatistics of(List<JudgeScore> scores) {
        ScoreTable table = ScoreTable.of(scores);
        return new JudgeStatistics(judges(table), entries(table));
    }

    private static List<JudgeSummary> judges(ScoreTable table) {
        double[] entrySums = new double[table.entryCount()];
        for (int p = 0; p < table.scoreCount(); p++) {
            entrySums[table.entryOf[p]] += table.total[p];
        }
        double[] deviationSum = new double[table.judgeCount()];
        int[] compared = new int[table.judgeCount()];
        for (int p = 0; p < table.scoreCount(); p++) {
            int others = table.scoresOf(table.entryOf[p]) - 1;
            if (others > 0) {
                double othersMean = (entrySums[table.entryOf[p]] - table.total[p]) / others;
                deviationSum[table.judgeOf[p]] += table.total[p] - othersMean;
                compared[table.judgeOf[p]]++;
            }
        }
        ScoreTable.JudgeMoments moments = table.judgeMoments();
        List<JudgeSummary> judges = new ArrayList<>(table.judgeCount());
        for (int j = 0; j < table.judgeCount(); j++) {
            Double deviation = compared[j] > 0 ? deviationSum[j] / compared[j] : null;
            judges.add(new JudgeSummary(table.judgeIds[j], moments.count()[j], moments.mean()[j], moments.sd()[j],
                    deviation, tendency(deviation, moments.sd()[j], moments.count()[j])));
        }
        return List.copyOf(judges);
    }

    private static Tendency tendency(Double deviation, double sd, int count) {
        double shown = deviation == null ? 0 : Decimals.rounded(deviation);
        if (shown <= -TENDENCY_DEVIATION) {
            return Tendency.HARSH;
        }
        if (shown >= TENDENCY_DEVIATION) {
            return Tendency.LENIENT;
        }
        return sd < FLAT_SD && count >= FLAT_MIN_SCORES ? Tendency.FLAT : null;
    }

    private static List<EntrySpread> entries(ScoreTable table) {
        double[] means = table.entryMeans(table.total);
        List<EntrySpread> entries = new ArrayList<>(table.entryCount());
        for (int e = 0; e < table.entryCount(); e++) {
            double[] ascending = table.sortedTotalsOf(e);
            // rounded as displayed: 80.1 − 60.1 is 19.999999999999993 in doubles and must count as 20
            double spread = Decimals.rounded(ascending[ascending.length - 1] - ascending[0]);
            entries.add(new EntrySpread(table.entryIds[e], ascending.length, means[e], spread,
                    spread >= DISAGREEMENT_SPREAD));
        }
        return List.copyOf(entries);
    }
}
