package cn.pingxuan.bench;

import cn.pingxuan.judging.ranking.Aggregation;
import cn.pingxuan.judging.ranking.JudgeScore;
import cn.pingxuan.judging.ranking.RankedEntry;
import cn.pingxuan.judging.ranking.Ranking;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.DoubleSupplier;
import java.util.stream.DoubleStream;
import java.util.stream.IntStream;

/**
 * Simulated contests with a known true quality per entry: how close each aggregation method's ranking comes to the
 * truth (Kendall's τ-b), and how many of the truly best 10 % it puts in its own top 10 %. Used by
 * bench/judging-fairness.sh.
 *
 * <pre>
 * JudgingFairnessBench CONTESTS ENTRIES JUDGES JUDGES_PER_ENTRY SEVERITY NOISE SEED
 * </pre>
 * Each entry is scored by JUDGES_PER_ENTRY distinct judges, always the least loaded ones (random among equals), so
 * loads are even and the judges' entry sets overlap at random: the design is linked. A judge's severity is uniform
 * in ±SEVERITY points, each score adds normal noise of sd NOISE; totals are clipped to 0..100 and rounded to 2
 * decimals as the scoring form does. True qualities are normal, mean 60, sd 12.
 */
public final class JudgingFairnessBench {

    private JudgingFairnessBench() {
    }

    public static void main(String[] args) {
        int contests = Integer.parseInt(args[0]);
        int entries = Integer.parseInt(args[1]);
        int judges = Integer.parseInt(args[2]);
        int perEntry = Integer.parseInt(args[3]);
        double severity = Double.parseDouble(args[4]);
        double noise = Double.parseDouble(args[5]);
        Random random = new Random(Long.parseLong(args[6]));

        Aggregation[] methods = Aggregation.values();
        double[][] tau = new double[methods.length][contests];
        double[][] topHits = new double[methods.length][contests];
        for (int c = 0; c < contests; c++) {
            double[] quality = draw(entries, () -> 60 + 12 * random.nextGaussian());
            double[] bias = draw(judges, () -> (2 * random.nextDouble() - 1) * severity);
            List<JudgeScore> scores = contest(quality, bias, perEntry, noise, random);
            Map<Aggregation, List<RankedEntry>> rankings = Ranking.rankAll(scores);
            for (int m = 0; m < methods.length; m++) {
                List<RankedEntry> ranking = rankings.get(methods[m]);
                tau[m][c] = kendallTauB(ranking, quality);
                topHits[m][c] = topShare(ranking, quality, 0.1);
            }
        }
        System.out.printf("%d contests: %d entries, %d judges, %d judges per entry (each judge ~%.0f %% of the "
                        + "entries), severity uniform ±%.0f points, noise sd %.0f points%n", contests, entries, judges,
                perEntry, 100.0 * perEntry / judges, severity, noise);
        System.out.printf("%-14s %-22s %-24s %s%n", "method", "Kendall τ-b vs truth", "ADDITIVE's τ higher in",
                "true top 10 % found in its top 10 %");
        double[] additive = tau[Aggregation.ADDITIVE.ordinal()];
        for (int m = 0; m < methods.length; m++) {
            double[] own = tau[m];
            long beaten = IntStream.range(0, contests).filter(c -> additive[c] > own[c]).count();
            System.out.printf("%-14s %.4f ± %.4f        %3d of %d contests        %.1f %% ± %.1f%n", methods[m],
                    mean(own), sd(own), beaten, contests, 100 * mean(topHits[m]), 100 * sd(topHits[m]));
        }
    }

    private static List<JudgeScore> contest(double[] quality, double[] bias, int perEntry, double noise,
                                            Random random) {
        int[] load = new int[bias.length];
        List<JudgeScore> scores = new ArrayList<>();
        for (int e = 0; e < quality.length; e++) {
            List<Integer> judges = new ArrayList<>(IntStream.range(0, bias.length).boxed().toList());
            Collections.shuffle(judges, random);
            judges.sort(Comparator.comparingInt(j -> load[j])); // stable: random among equally loaded judges
            for (int j : judges.subList(0, perEntry)) {
                load[j]++;
                double total = Math.min(100, Math.max(0, quality[e] + bias[j] + noise * random.nextGaussian()));
                double rounded = Math.round(total * 100) / 100.0;
                scores.add(new JudgeScore(e, j, rounded, Math.round(rounded * 3) / 10.0));
            }
        }
        return scores;
    }

    /** τ-b between the ranking's order (ties where ranks are shared) and the true qualities. */
    private static double kendallTauB(List<RankedEntry> ranking, double[] quality) {
        int n = ranking.size();
        long concordant = 0, discordant = 0, tiedRanks = 0, pairs = (long) n * (n - 1) / 2;
        for (int a = 0; a < n; a++) {
            for (int b = a + 1; b < n; b++) {
                RankedEntry x = ranking.get(a), y = ranking.get(b);
                int byRank = Integer.compare(y.rank(), x.rank()); // better rank first = higher
                int byTruth = Double.compare(quality[(int) x.entryId()], quality[(int) y.entryId()]);
                if (byRank == 0) {
                    tiedRanks++;
                } else if (byRank == byTruth) {
                    concordant++;
                } else {
                    discordant++;
                }
            }
        }
        return (concordant - discordant) / Math.sqrt((double) (pairs - tiedRanks) * pairs);
    }

    private static double topShare(List<RankedEntry> ranking, double[] quality, double share) {
        int k = (int) Math.ceil(quality.length * share);
        List<Integer> trueTop = IntStream.range(0, quality.length).boxed()
                .sorted(Comparator.comparingDouble((Integer e) -> quality[e]).reversed()).limit(k).toList();
        long found = ranking.subList(0, k).stream().filter(r -> trueTop.contains((int) r.entryId())).count();
        return (double) found / k;
    }

    private static double[] draw(int count, DoubleSupplier supplier) {
        return DoubleStream.generate(supplier).limit(count).toArray();
    }

    private static double mean(double[] values) {
        return Arrays.stream(values).average().orElseThrow();
    }

    private static double sd(double[] values) {
        double mean = mean(values);
        return Math.sqrt(Arrays.stream(values).map(v -> (v - mean) * (v - mean)).sum() / values.length);
    }
}
