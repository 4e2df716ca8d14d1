package cn.pingxuan.judging.ranking;

/**
 * Standard scores: each judge's totals become z = (total − judge's mean) / judge's sd (population sd); an entry's z is
 * the mean of its judges' z values, put back on the points scale as overall mean + z × overall sd of all raw totals.
 * <p>
 * A judge with fewer than 2 scores or no spread contributes z = 0 ("average, as far as this judge can tell"): their
 * scores carry no information about where an entry stands within their own range, and dividing by a zero sd would
 * be meaningless. Totals have at most 2 decimals, so any real spread gives sd ≥ 0.005; sd below
 * {@link #FLAT_SD} is rounding noise of a judge who gave one value to everything.
 */
final class ZScores {

    static final double FLAT_SD = 1e-6;

    private ZScores() {
    }

    static double[] of(ScoreTable table) {
        ScoreTable.JudgeMoments judges = table.judgeMoments();
        double[] z = new double[table.scoreCount()];
        for (int p = 0; p < z.length; p++) {
            int j = table.judgeOf[p];
            boolean informative = judges.count()[j] >= 2 && judges.sd()[j] >= FLAT_SD;
            z[p] = informative ? (table.total[p] - judges.mean()[j]) / judges.sd()[j] : 0;
        }
        double overallMean = mean(table.total);
        double overallSd = Math.sqrt(meanSquaredDeviation(table.total, overallMean));
        double[] scores = table.entryMeans(z);
        for (int e = 0; e < scores.length; e++) {
            scores[e] = overallMean + scores[e] * overallSd;
        }
        return scores;
    }

    private static double mean(double[] values) {
        double sum = 0;
        for (double v : values) {
            sum += v;
        }
        return sum / values.length;
    }

    private static double meanSquaredDeviation(double[] values, double mean) {
        double sum = 0;
        for (double v : values) {
            sum += (v - mean) * (v - mean);
        }
        return sum / values.length;
    }
}
