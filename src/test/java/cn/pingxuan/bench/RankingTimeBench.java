package cn.pingxuan.bench;

import cn.pingxuan.judging.ranking.Aggregation;
import cn.pingxuan.judging.ranking.JudgeScore;
import cn.pingxuan.judging.ranking.JudgeStatistics;
import cn.pingxuan.judging.ranking.Ranking;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;

/**
 * Time to rank a large round from the judges' criterion values. Used by bench/ranking-time.sh.
 *
 * <pre>
 * RankingTimeBench ENTRIES JUDGES_PER_ENTRY JUDGE_POOL ROUNDS
 * </pre>
 * Every entry gets JUDGES_PER_ENTRY distinct judges drawn at random from JUDGE_POOL, each scoring 5 criteria
 * (max 30/25/20/15/10, weights 30/25/20/15/10 %) with 1 decimal. A timed run combines the criteria into totals
 * (Σ value / max × weight, rounded to 2 decimals; the tie-break value is the first, highest-weighted criterion) and
 * ranks them. Every method runs ROUNDS times untimed (JIT warm-up), then ROUNDS times timed; the median is printed.
 */
public final class RankingTimeBench {

    private static final double[] MAX_SCORE = {30, 25, 20, 15, 10};
    private static final double[] WEIGHT = {30, 25, 20, 15, 10};

    private RankingTimeBench() {
    }

    public static void main(String[] args) {
        int entries = Integer.parseInt(args[0]);
        int perEntry = Integer.parseInt(args[1]);
        int pool = Integer.parseInt(args[2]);
        int rounds = Integer.parseInt(args[3]);
        Sheets sheets = Sheets.random(entries, perEntry, pool, new Random(42));

        System.out.printf("%,d entries × %d judges (pool of %d) × %d criteria = %,d scores; median of %d timed runs "
                + "after %d warm-up runs%n", entries, perEntry, pool, MAX_SCORE.length, sheets.count(), rounds, rounds);
        for (Aggregation method : Aggregation.values()) {
            report(method + (method == Aggregation.ADDITIVE ? " (default)" : ""), rounds,
                    () -> Ranking.rank(method, sheets.totals()));
        }
        report("all 5 methods", rounds, () -> Ranking.rankAll(sheets.totals()));
        report("judge statistics", rounds, () -> JudgeStatistics.of(sheets.totals()));
    }

    private static void report(String what, int rounds, Supplier<?> run) {
        for (int i = 0; i < rounds; i++) {
            run.get();
        }
        long[] ms = new long[rounds];
        for (int i = 0; i < rounds; i++) {
            long start = System.nanoTime();
            run.get();
            ms[i] = (System.nanoTime() - start) / 1_000_000;
        }
        long[] sorted = ms.clone();
        Arrays.sort(sorted);
        System.out.printf("%-20s %6d ms   (runs: %s)%n", what, sorted[rounds / 2], Arrays.toString(ms));
    }

    /** The criterion values of every (entry, judge) pair, as the judges saved them. */
    private record Sheets(long[] entryId, long[] judgeId, double[][] values) {

        static Sheets random(int entries, int perEntry, int pool, Random random) {
            int n = entries * perEntry;
            long[] entryId = new long[n];
            long[] judgeId = new long[n];
            double[][] values = new double[n][MAX_SCORE.length];
            int p = 0;
            for (int e = 0; e < entries; e++) {
                int[] panel = random.ints(0, pool).distinct().limit(perEntry).toArray();
                for (int judge : panel) {
                    entryId[p] = 100_000_000L + e;
                    judgeId[p] = 1_000L + judge;
                    for (int c = 0; c < MAX_SCORE.length; c++) {
                        values[p][c] = Math.round(random.nextDouble() * MAX_SCORE[c] * 10) / 10.0;
                    }
                    p++;
                }
            }
            return new Sheets(entryId, judgeId, values);
        }

        int count() {
            return entryId.length;
        }

        List<JudgeScore> totals() {
            List<JudgeScore> scores = new ArrayList<>(count());
            for (int p = 0; p < count(); p++) {
                double total = 0;
                for (int c = 0; c < MAX_SCORE.length; c++) {
                    total += values[p][c] / MAX_SCORE[c] * WEIGHT[c];
                }
                scores.add(new JudgeScore(entryId[p], judgeId[p], Math.round(total * 100) / 100.0, values[p][0]));
            }
            return scores;
        }
    }
}
