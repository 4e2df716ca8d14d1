package cn.pingxuan.bench;

import cn.pingxuan.bench.BenchClient.Session;
import cn.pingxuan.bench.BenchJudges.Judge;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The load of bench/judging-scores.sh: judges (seeded by {@link JudgingBenchSeed}) each in their own thread saving
 * drafts of their assignments as fast as the server answers, beside the trivial {@code /api/bench/ping} under the
 * same concurrency. Prints requests/s, p50/p99 latency and errors per phase, then checks that every acknowledged
 * save is in the database (each save bumps the sheet's version by one).
 *   ScoreSavingLoad BASE_URL JUDGES SECONDS
 */
public final class ScoreSavingLoad {

    private final BenchClient client;

    private ScoreSavingLoad(String base) {
        this.client = new BenchClient(base);
    }

    public static void main(String[] args) throws Exception {
        ScoreSavingLoad load = new ScoreSavingLoad(args[0]);
        int judges = Integer.parseInt(args[1]);
        Duration phase = Duration.ofSeconds(Long.parseLong(args[2]));
        Session organizer = load.client.login("organizer", "Demo@2026");
        List<Judge> team = BenchJudges.signIn(load.client, judges);
        long roundId = BenchJudges.openRound(load.client, organizer, team);
        ExecutorService pool = Executors.newFixedThreadPool(judges);
        try {
            for (Judge judge : team) {
                judge.loadSheets(load.client, roundId);
            }
            load.run(pool, team, Duration.ofSeconds(5), false, "warm-up");
            Result ping = load.run(pool, team, phase, true, "ping");
            Result saves = load.run(pool, team, phase, false, "scores");
            System.out.printf("%d concurrent clients, %d s per phase, loopback%n", judges, phase.toSeconds());
            System.out.printf("%-34s %10s %9s %9s %7s%n", "endpoint", "req/s", "p50 ms", "p99 ms", "errors");
            ping.print("GET /api/bench/ping (trivial)");
            saves.print("PUT /api/judging/…/draft (save)");
            System.out.printf("score saves reach %.0f %% of the trivial endpoint's throughput%n",
                    100.0 * saves.perSecond() / ping.perSecond());
            long lost = load.verify(team);
            System.out.printf("acknowledged saves missing from the database: %d%n", lost);
            if (lost != 0 || saves.errors() > 0) {
                throw new IllegalStateException(saves.errors() + " failed saves, " + lost + " acknowledged saves missing");
            }
        } finally {
            pool.shutdownNow();
        }
    }

    record Result(long requests, long errors, double seconds, long[] latenciesNs) {
        double perSecond() {
            return requests / seconds;
        }

        void print(String name) {
            long[] sorted = latenciesNs.clone();
            Arrays.sort(sorted);
            System.out.printf("%-34s %10.0f %9.1f %9.1f %7d%n", name, perSecond(), LatencyRecorder.percentile(sorted, 50) / 1e6,
                    LatencyRecorder.percentile(sorted, 99) / 1e6, errors);
        }
    }

    private Result run(ExecutorService pool, List<Judge> team, Duration length, boolean ping, String name) throws Exception {
        long deadline = System.nanoTime() + length.toNanos();
        AtomicLong errors = new AtomicLong();
        List<Future<long[]>> workers = new ArrayList<>();
        long started = System.nanoTime();
        for (Judge judge : team) {
            Callable<long[]> worker = () -> {
                long[] latencies = new long[1024];
                int count = 0;
                while (System.nanoTime() < deadline) {
                    long t0 = System.nanoTime();
                    boolean ok = ping ? client.send(null, "GET", "/api/bench/ping", null).statusCode() == 200 : judge.save(client) == 200;
                    if (!ok) {
                        errors.incrementAndGet();
                    }
                    if (count == latencies.length) {
                        latencies = Arrays.copyOf(latencies, count * 2);
                    }
                    latencies[count++] = System.nanoTime() - t0;
                }
                return Arrays.copyOf(latencies, count);
            };
            workers.add(pool.submit(worker));
        }
        List<long[]> all = new ArrayList<>();
        for (Future<long[]> worker : workers) {
            all.add(worker.get());
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        long[] latencies = all.stream().flatMapToLong(Arrays::stream).toArray();
        System.err.printf("%s: %d requests%n", name, latencies.length);
        return new Result(latencies.length, errors.get(), seconds, latencies);
    }

    /** Every acknowledged save must have moved the stored version by one. */
    private long verify(List<Judge> team) {
        long missing = 0;
        for (Judge judge : team) {
            for (long assignment : judge.assignments) {
                Map<String, Object> view = BenchClient.json(client.send(judge.session, "GET", "/api/judging/assignments/" + assignment, null));
                long stored = ((Number) view.get("version")).longValue() - judge.initialVersions.get(assignment);
                missing += Math.abs(judge.acknowledged.getOrDefault(assignment, 0L) - stored);
            }
        }
        return missing;
    }
}
