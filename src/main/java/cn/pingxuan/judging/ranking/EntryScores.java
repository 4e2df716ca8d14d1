package cn.pingxuan.judging.ranking;

/** Each entry's aggregated score by one method, indexed like {@link ScoreTable#entryIds}. */
final class EntryScores {

    /** Fewer than this many scores are averaged whole: dropping two of four leaves too little to average. */
    static final int TRIM_MIN_SCORES = 5;

    private EntryScores() {
    }

    static double[] of(Aggregation method, ScoreTable table) {
        return switch (method) {
            case MEAN -> table.entryMeans(table.total);
            case TRIMMED_MEAN -> orderStatistic(table, EntryScores::trimmedMean);
            case MEDIAN -> orderStatistic(table, EntryScores::median);
            case ZSCORE -> ZScores.of(table);
            case ADDITIVE -> AdditiveModel.fit(table).quality();
        };
    }

    private interface OfSorted {
        double of(double[] ascending);
    }

    private static double[] orderStatistic(ScoreTable table, OfSorted statistic) {
        double[] scores = new double[table.entryCount()];
        for (int e = 0; e < scores.length; e++) {
            scores[e] = statistic.of(table.sortedTotalsOf(e));
        }
        return scores;
    }

    private static double trimmedMean(double[] ascending) {
        int drop = ascending.length >= TRIM_MIN_SCORES ? 1 : 0;
        double sum = 0;
        for (int i = drop; i < ascending.length - drop; i++) {
            sum += ascending[i];
        }
        return sum / (ascending.length - 2 * drop);
    }

    private static double median(double[] ascending) {
        int middle = ascending.length / 2;
        return ascending.length % 2 == 1 ? ascending[middle] : (ascending[middle - 1] + ascending[middle]) / 2;
    }
}
