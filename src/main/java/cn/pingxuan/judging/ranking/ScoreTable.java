package cn.pingxuan.judging.ranking;

import java.util.Arrays;
import java.util.List;
import java.util.function.ToLongFunction;

/**
 * The scores of a round with entries and judges renumbered densely (0..n-1 in ascending id order) and the scores
 * grouped by entry, judges ascending within an entry. Every computation walks the scores in this one order, so the
 * results do not depend on the order of the input list (floating-point sums depend on their order).
 */
final class ScoreTable {

    final long[] entryIds;
    final long[] judgeIds;
    /** Scores of entry e are at positions entryStart[e] until entryStart[e + 1]. */
    final int[] entryStart;
    final int[] entryOf;
    final int[] judgeOf;
    final double[] total;
    final double[] tieBreak;

    private ScoreTable(long[] entryIds, long[] judgeIds, int[] entryStart, int[] entryOf, int[] judgeOf,
                       double[] total, double[] tieBreak) {
        this.entryIds = entryIds;
        this.judgeIds = judgeIds;
        this.entryStart = entryStart;
        this.entryOf = entryOf;
        this.judgeOf = judgeOf;
        this.total = total;
        this.tieBreak = tieBreak;
    }

    static ScoreTable of(List<JudgeScore> list) {
        JudgeScore[] scores = list.toArray(JudgeScore[]::new);
        int n = scores.length;
        long[] entryIds = distinctSorted(scores, JudgeScore::entryId);
        long[] judgeIds = distinctSorted(scores, JudgeScore::judgeId);
        int[] entryIndex = new int[n];
        int[] judgeIndex = new int[n];
        for (int i = 0; i < n; i++) {
            JudgeScore score = scores[i];
            if (!Double.isFinite(score.total()) || !Double.isFinite(score.tieBreak())) {
                throw new IllegalArgumentException("score is not a finite number: " + score);
            }
            entryIndex[i] = Arrays.binarySearch(entryIds, score.entryId());
            judgeIndex[i] = Arrays.binarySearch(judgeIds, score.judgeId());
        }
        // two stable counting sorts (by judge, then by entry) give entry order with judges ascending inside
        int[] byJudge = countingSort(identity(n), judgeIndex, judgeIds.length);
        int[] order = countingSort(byJudge, entryIndex, entryIds.length);

        int[] entryStart = new int[entryIds.length + 1];
        int[] entryOf = new int[n];
        int[] judgeOf = new int[n];
        double[] total = new double[n];
        double[] tieBreak = new double[n];
        for (int p = 0; p < n; p++) {
            int i = order[p];
            entryOf[p] = entryIndex[i];
            judgeOf[p] = judgeIndex[i];
            total[p] = scores[i].total();
            tieBreak[p] = scores[i].tieBreak();
            entryStart[entryOf[p] + 1]++;
            if (p > 0 && entryOf[p] == entryOf[p - 1] && judgeOf[p] == judgeOf[p - 1]) {
                throw new IllegalArgumentException("judge " + judgeIds[judgeOf[p]] + " scored entry "
                        + entryIds[entryOf[p]] + " more than once");
            }
        }
        for (int e = 0; e < entryIds.length; e++) {
            entryStart[e + 1] += entryStart[e];
        }
        return new ScoreTable(entryIds, judgeIds, entryStart, entryOf, judgeOf, total, tieBreak);
    }

    int entryCount() {
        return entryIds.length;
    }

    int judgeCount() {
        return judgeIds.length;
    }

    int scoreCount() {
        return total.length;
    }

    int scoresOf(int entry) {
        return entryStart[entry + 1] - entryStart[entry];
    }

    /** The totals of one entry, ascending. */
    double[] sortedTotalsOf(int entry) {
        double[] values = Arrays.copyOfRange(total, entryStart[entry], entryStart[entry + 1]);
        Arrays.sort(values);
        return values;
    }

    double[] entryMeans(double[] values) {
        double[] means = new double[entryCount()];
        for (int e = 0; e < means.length; e++) {
            double sum = 0;
            for (int p = entryStart[e]; p < entryStart[e + 1]; p++) {
                sum += values[p];
            }
            means[e] = sum / scoresOf(e);
        }
        return means;
    }

    JudgeMoments judgeMoments() {
        int[] count = new int[judgeCount()];
        double[] mean = new double[judgeCount()];
        for (int p = 0; p < scoreCount(); p++) {
            count[judgeOf[p]]++;
            mean[judgeOf[p]] += total[p];
        }
        for (int j = 0; j < mean.length; j++) {
            mean[j] /= count[j];
        }
        // the second pass over deviations keeps the variance exact for flat judges (no cancellation)
        double[] sd = new double[judgeCount()];
        for (int p = 0; p < scoreCount(); p++) {
            double d = total[p] - mean[judgeOf[p]];
            sd[judgeOf[p]] += d * d;
        }
        for (int j = 0; j < sd.length; j++) {
            sd[j] = Math.sqrt(sd[j] / count[j]);
        }
        return new JudgeMoments(count, mean, sd);
    }

    /** Per dense judge index: number of scores, mean and population standard deviation of their totals. */
    record JudgeMoments(int[] count, double[] mean, double[] sd) {
    }

    private static long[] distinctSorted(JudgeScore[] scores, ToLongFunction<JudgeScore> id) {
        return Arrays.stream(scores).mapToLong(id).sorted().distinct().toArray();
    }

    private static int[] identity(int n) {
        int[] order = new int[n];
        Arrays.setAll(order, i -> i);
        return order;
    }

    private static int[] countingSort(int[] order, int[] key, int keys) {
        int[] start = new int[keys + 1];
        for (int i : order) {
            start[key[i] + 1]++;
        }
        for (int k = 0; k < keys; k++) {
            start[k + 1] += start[k];
        }
        int[] sorted = new int[order.length];
        for (int i : order) {
            sorted[start[key[i]]++] = i;
        }
        return sorted;
    }
}
