package cn.pingxuan.judging.ranking;

/**
 * The judge-severity model: total = quality(entry) + bias(judge) + noise, fitted by least squares over the whole
 * design with alternating updates (backfitting): qualities given the biases, then biases given the qualities, until
 * no bias moves by more than {@link #TOLERANCE} (or {@link #MAX_ITERATIONS} rounds).
 * <p>
 * Biases carry a ridge penalty of {@link #RIDGE} pseudo-observations: a bias is estimated as if the judge had also
 * given that many scores exactly equal to the entries' qualities, so a judge with two or three scores is pulled
 * towards 0 instead of being blamed for the luck of their draw; a judge with dozens of scores barely feels it. The
 * statistically ideal λ is noise variance / severity variance: about 0.3–1.3 for noise sd 5–10 points and
 * severities spread ±15 points; bench/judging-fairness.sh gives τ within 0.002 for any λ from 0 to 1.5 there.
 * <p>
 * Biases are only identifiable within a connected component of the judge–entry graph (two panels that share no
 * entry and no judge cannot be compared), so they are centred to mean 0 within each component. The ridge optimum is
 * centred anyway; centring every round just removes that direction, in which backfitting would otherwise creep by a
 * factor n/(n + λ) per round. The entry's score is its fitted quality. Entries and judges are visited in ascending
 * id order, so the result is deterministic.
 */
final class AdditiveModel {

    static final double RIDGE = 1;
    static final double TOLERANCE = 1e-9;
    static final int MAX_ITERATIONS = 500;

    private final ScoreTable table;
    private final double ridge;
    private final double[] quality;
    private final double[] bias;
    private final int[] judgeComponent;
    private final int componentCount;

    private AdditiveModel(ScoreTable table, double ridge) {
        this.table = table;
        this.ridge = ridge;
        this.quality = new double[table.entryCount()];
        this.bias = new double[table.judgeCount()];
        Components components = Components.of(table);
        this.judgeComponent = components.judgeComponent();
        this.componentCount = components.count();
    }

    static Fit fit(ScoreTable table) {
        return fit(table, RIDGE);
    }

    /** With ridge 0 the plain least-squares fit, which recovers noise-free biases exactly (tests). */
    static Fit fit(ScoreTable table, double ridge) {
        AdditiveModel model = new AdditiveModel(table, ridge);
        int iterations = 0;
        double change;
        do {
            model.updateQuality();
            change = model.updateBias();
            iterations++;
        } while (change >= TOLERANCE && iterations < MAX_ITERATIONS);
        model.updateQuality();
        return new Fit(model.quality, model.bias, iterations);
    }

    /** Qualities per dense entry index, biases per dense judge index, and the rounds it took. */
    record Fit(double[] quality, double[] bias, int iterations) {
    }

    private void updateQuality() {
        for (int e = 0; e < quality.length; e++) {
            double sum = 0;
            for (int p = table.entryStart[e]; p < table.entryStart[e + 1]; p++) {
                sum += table.total[p] - bias[table.judgeOf[p]];
            }
            quality[e] = sum / table.scoresOf(e);
        }
    }

    /** Returns the largest change of a bias. */
    private double updateBias() {
        double[] residualSum = new double[bias.length];
        int[] count = new int[bias.length];
        for (int p = 0; p < table.scoreCount(); p++) {
            residualSum[table.judgeOf[p]] += table.total[p] - quality[table.entryOf[p]];
            count[table.judgeOf[p]]++;
        }
        double[] componentSum = new double[componentCount];
        int[] componentSize = new int[componentCount];
        for (int j = 0; j < bias.length; j++) {
            residualSum[j] /= count[j] + ridge;
            componentSum[judgeComponent[j]] += residualSum[j];
            componentSize[judgeComponent[j]]++;
        }
        double change = 0;
        for (int j = 0; j < bias.length; j++) {
            double centred = residualSum[j] - componentSum[judgeComponent[j]] / componentSize[judgeComponent[j]];
            change = Math.max(change, Math.abs(centred - bias[j]));
            bias[j] = centred;
        }
        return change;
    }

    /** Connected components of the judge–entry graph, numbered by their smallest judge. */
    private record Components(int[] judgeComponent, int count) {

        static Components of(ScoreTable table) {
            // union-find over judges: two judges are joined when they scored the same entry
            int[] parent = new int[table.judgeCount()];
            for (int j = 0; j < parent.length; j++) {
                parent[j] = j;
            }
            for (int e = 0; e < table.entryCount(); e++) {
                int first = table.judgeOf[table.entryStart[e]];
                for (int p = table.entryStart[e] + 1; p < table.entryStart[e + 1]; p++) {
                    int a = root(parent, first);
                    int b = root(parent, table.judgeOf[p]);
                    parent[Math.max(a, b)] = Math.min(a, b);
                }
            }
            int[] component = new int[parent.length];
            int count = 0;
            for (int j = 0; j < parent.length; j++) {
                int r = root(parent, j);
                component[j] = r == j ? count++ : component[r];
            }
            return new Components(component, count);
        }

        private static int root(int[] parent, int j) {
            while (parent[j] != j) {
                parent[j] = parent[parent[j]];
                j = parent[j];
            }
            return j;
        }
    }
}
