package cn.pingxuan.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The load of bench/gallery.sh: {@code clients} threads, each requesting one address as fast as the server answers,
 * one phase per address, all in the same run against the same server: a static file the server hands out from its
 * classpath (the ceiling), the gallery page and a work page each without and with If-None-Match. Prints requests/s,
 * p50/p99 and errors, and each gallery phase's throughput as a share of the static file's. The phases take turns
 * for {@code rounds} rounds and each figure is the median round: on a shared machine a neighbour's build would
 * otherwise decide which phase looks slow.
 *   GalleryLoad BASE_URL GALLERY_PATH WORK_PATH STATIC_PATH CLIENTS SECONDS ROUNDS
 */
public final class GalleryLoad {

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private final String base;

    private GalleryLoad(String base) {
        this.base = base;
    }

    record Phase(String name, String path, boolean revalidate) {
    }

    record Result(Phase phase, long requests, long errors, double seconds, long[] latenciesNs) {
        double perSecond() {
            return requests / seconds;
        }

        long percentile(int p) {
            long[] sorted = latenciesNs.clone();
            Arrays.sort(sorted);
            return LatencyRecorder.percentile(sorted, p);
        }
    }

    public static void main(String[] args) throws Exception {
        GalleryLoad load = new GalleryLoad(args[0]);
        int clients = Integer.parseInt(args[4]);
        Duration length = Duration.ofSeconds(Long.parseLong(args[5]));
        int rounds = Integer.parseInt(args[6]);
        Phase staticFile = new Phase("static file (same bytes as the page)", args[3], false);
        List<Phase> phases = List.of(staticFile,
                new Phase("gallery page JSON", args[1], false),
                new Phase("gallery page, If-None-Match → 304", args[1], true),
                new Phase("work page JSON", args[2], false),
                new Phase("work page, If-None-Match → 304", args[2], true));
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            for (Phase phase : phases) {
                load.run(pool, clients, phase, Duration.ofSeconds(2));
            }
            List<List<Result>> byPhase = new ArrayList<>();
            phases.forEach(phase -> byPhase.add(new ArrayList<>()));
            for (int round = 0; round < rounds; round++) {
                for (int p = 0; p < phases.size(); p++) {
                    byPhase.get(p).add(load.run(pool, clients, phases.get(p), length));
                }
            }
            List<Result> results = byPhase.stream().map(GalleryLoad::median).toList();
            double ceiling = results.get(0).perSecond();
            System.out.printf("%d concurrent clients, %d s per phase, median of %d alternating rounds, HTTP/1.1 keep-alive "
                    + "over loopback%n", clients, length.toSeconds(), rounds);
            System.out.printf("%-40s %10s %8s %8s %7s %9s%n", "GET", "req/s", "p50 ms", "p99 ms", "errors", "vs static");
            long errors = byPhase.stream().flatMap(List::stream).mapToLong(Result::errors).sum();
            for (Result result : results) {
                System.out.printf("%-40s %10.0f %8.2f %8.2f %7d %8.0f%%%n", result.phase().name(), result.perSecond(),
                        result.percentile(50) / 1e6, result.percentile(99) / 1e6, result.errors(),
                        100 * result.perSecond() / ceiling);
            }
            double worst = results.stream().skip(1).mapToDouble(Result::perSecond).min().orElse(0) / ceiling;
            System.out.printf("slowest gallery phase: %.0f %% of the static file (target ≥ 70 %%)%n", 100 * worst);
            if (errors > 0) {
                throw new IllegalStateException(errors + " requests failed");
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static Result median(List<Result> rounds) {
        List<Result> sorted = rounds.stream().sorted(java.util.Comparator.comparingDouble(Result::perSecond)).toList();
        return sorted.get(sorted.size() / 2);
    }

    private Result run(ExecutorService pool, int clients, Phase phase, Duration length) throws Exception {
        HttpResponse<Void> first = http.send(request(phase.path(), null).build(), HttpResponse.BodyHandlers.discarding());
        if (first.statusCode() != 200) {
            throw new IllegalStateException(phase.path() + " answered " + first.statusCode());
        }
        String etag = phase.revalidate() ? first.headers().firstValue("ETag").orElseThrow() : null;
        int expected = phase.revalidate() ? 304 : 200;
        long deadline = System.nanoTime() + length.toNanos();
        AtomicLong errors = new AtomicLong();
        List<Future<long[]>> workers = new ArrayList<>();
        long started = System.nanoTime();
        for (int c = 0; c < clients; c++) {
            workers.add(pool.submit(() -> {
                long[] latencies = new long[4096];
                int count = 0;
                HttpRequest request = request(phase.path(), etag).build();
                while (System.nanoTime() < deadline) {
                    long t0 = System.nanoTime();
                    try {
                        if (http.send(request, HttpResponse.BodyHandlers.ofByteArray()).statusCode() != expected) {
                            errors.incrementAndGet();
                        }
                    } catch (java.io.IOException e) {
                        errors.incrementAndGet();
                    }
                    if (count == latencies.length) {
                        latencies = Arrays.copyOf(latencies, count * 2);
                    }
                    latencies[count++] = System.nanoTime() - t0;
                }
                return Arrays.copyOf(latencies, count);
            }));
        }
        List<long[]> all = new ArrayList<>();
        for (Future<long[]> worker : workers) {
            all.add(worker.get());
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        long[] latencies = all.stream().flatMapToLong(Arrays::stream).toArray();
        return new Result(phase, latencies.length, errors.get(), seconds, latencies);
    }

    private HttpRequest.Builder request(String path, String etag) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + path)).GET();
        return etag == null ? builder : builder.header("If-None-Match", etag);
    }
}
