package cn.pingxuan.bench;

import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

/**
 * The load of bench/judging-scores.sh: judges (seeded by {@link JudgingBenchSeed}) each in their own thread saving
 * drafts of their assignments as fast as the server answers, beside the trivial {@code /api/bench/ping} under the
 * same concurrency. Prints requests/s, p50/p99 latency and errors per phase, then checks that every acknowledged
 * save is in the database (each save bumps the sheet's version by one).
 *   ScoreSavingLoad BASE_URL JUDGES SECONDS
 */
public final class ScoreSavingLoad {

    private static final JsonMapper JSON = JsonMapper.createDefault();

    private final String base;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private ScoreSavingLoad(String base) {
        this.base = base;
    }

    public static void main(String[] args) throws Exception {
        ScoreSavingLoad load = new ScoreSavingLoad(args[0]);
        int judges = Integer.parseInt(args[1]);
        Duration phase = Duration.ofSeconds(Long.parseLong(args[2]));
        Session organizer = load.login("organizer", "Demo@2026");
        List<Judge> team = load.judges(judges);
        long roundId = load.openRound(organizer, team);
        ExecutorService pool = Executors.newFixedThreadPool(judges);
        try {
            for (Judge judge : team) {
                judge.loadSheets(load, roundId);
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

    record Session(String cookie, String xsrf) {
    }

    /** One judge: their session and, per assignment, the version they hold and how many saves were acknowledged. */
    static final class Judge {
        final Session session;
        final List<Long> assignments = new ArrayList<>();
        final Map<Long, Long> versions = new HashMap<>();
        final Map<Long, Long> initialVersions = new HashMap<>();
        final Map<Long, Long> acknowledged = new HashMap<>();
        final List<Long> criteria = new ArrayList<>();
        final Random random;
        final long id;
        int next;

        Judge(long id, Session session) {
            this.id = id;
            this.session = session;
            this.random = new Random(id);
        }

        @SuppressWarnings("unchecked")
        void loadSheets(ScoreSavingLoad load, long roundId) {
            Map<String, Object> queue = load.json(load.send(session, "GET", "/api/judging/rounds/" + roundId + "/queue", null));
            for (Map<String, Object> item : (List<Map<String, Object>>) queue.get("items")) {
                long assignment = ((Number) item.get("assignmentId")).longValue();
                Map<String, Object> view = load.json(load.send(session, "GET", "/api/judging/assignments/" + assignment, null));
                assignments.add(assignment);
                versions.put(assignment, ((Number) view.get("version")).longValue());
                initialVersions.put(assignment, ((Number) view.get("version")).longValue());
                if (criteria.isEmpty()) {
                    ((List<Map<String, Object>>) ((Map<String, Object>) view.get("round")).get("criteria"))
                            .forEach(c -> criteria.add(((Number) c.get("id")).longValue()));
                }
            }
        }

        /** Saves the next sheet; returns whether the server acknowledged it. */
        boolean save(ScoreSavingLoad load) {
            long assignment = assignments.get(next++ % assignments.size());
            Map<String, Object> scores = criteria.stream()
                    .collect(Collectors.toMap(String::valueOf, c -> random.nextInt(11)));
            Map<String, Object> body = Map.of("scores", scores, "comment", "评语 " + random.nextInt(1000),
                    "version", versions.get(assignment));
            HttpResponse<byte[]> answer = load.send(session, "PUT", "/api/judging/assignments/" + assignment + "/draft", body);
            if (answer.statusCode() != 200) {
                return false;
            }
            versions.put(assignment, ((Number) load.json(answer).get("version")).longValue());
            acknowledged.merge(assignment, 1L, Long::sum);
            return true;
        }
    }

    record Result(long requests, long errors, double seconds, long[] latenciesNs) {
        double perSecond() {
            return requests / seconds;
        }

        void print(String name) {
            long[] sorted = latenciesNs.clone();
            Arrays.sort(sorted);
            System.out.printf("%-34s %10.0f %9.1f %9.1f %7d%n", name, perSecond(), percentile(sorted, 50) / 1e6,
                    percentile(sorted, 99) / 1e6, errors);
        }

        private static long percentile(long[] sorted, int p) {
            return sorted.length == 0 ? 0 : sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
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
                    boolean ok = ping ? send(null, "GET", "/api/bench/ping", null).statusCode() == 200 : judge.save(this);
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
                Map<String, Object> view = json(send(judge.session, "GET", "/api/judging/assignments/" + assignment, null));
                long stored = ((Number) view.get("version")).longValue() - judge.initialVersions.get(assignment);
                missing += Math.abs(judge.acknowledged.getOrDefault(assignment, 0L) - stored);
            }
        }
        return missing;
    }

    private List<Judge> judges(int count) throws Exception {
        ExecutorService logins = Executors.newFixedThreadPool(4);
        try {
            List<Future<Judge>> pending = new ArrayList<>();
            for (int i = 1; i <= count; i++) {
                String username = "bench-judge-" + i;
                pending.add(logins.submit(() -> {
                    Session session = login(username, JudgingBenchSeed.PASSWORD);
                    return new Judge(((Number) json(send(session, "GET", "/api/me", null)).get("id")).longValue(), session);
                }));
            }
            List<Judge> team = new ArrayList<>();
            for (Future<Judge> judge : pending) {
                team.add(judge.get());
            }
            return team;
        } finally {
            logins.shutdown();
        }
    }

    @SuppressWarnings("unchecked")
    private long openRound(Session organizer, List<Judge> team) {
        Map<String, Object> contests = json(send(organizer, "GET", "/api/organize/contests", null));
        long contestId = ((Number) ((List<Map<String, Object>>) contests.get("items")).get(0).get("id")).longValue();
        Map<String, Object> contest = json(send(organizer, "GET", "/api/contests/" + contestId, null));
        long categoryId = ((Number) ((List<Map<String, Object>>) contest.get("categories")).get(0).get("id")).longValue();
        Map<String, Object> form = new HashMap<>();
        form.put("name", "初评");
        form.put("categoryIds", List.of(categoryId));
        form.put("judgesPerEntry", 5);
        form.put("blind", true);
        form.put("opensAt", Instant.now().minusSeconds(60).toString());
        form.put("closesAt", Instant.now().plus(Duration.ofDays(1)).toString());
        form.put("advanceRule", Map.of("kind", "TOP_N", "value", 10));
        form.put("criteria", List.of(Map.of("name", "创意", "maxScore", 10, "weight", 40),
                Map.of("name", "制作", "maxScore", 10, "weight", 30), Map.of("name", "主题", "maxScore", 10, "weight", 30)));
        long roundId = ((Number) json(expect(send(organizer, "POST", "/api/organize/contests/" + contestId + "/rounds", form), 201))
                .get("id")).longValue();
        List<Map<String, Object>> members = team.stream()
                .map(j -> Map.<String, Object>of("userId", j.id, "categoryIds", List.of(categoryId))).toList();
        expect(send(organizer, "PUT", "/api/organize/rounds/" + roundId + "/judges", Map.of("judges", members)), 200);
        expect(send(organizer, "POST", "/api/organize/rounds/" + roundId + "/assignment", Map.of()), 200);
        expect(send(organizer, "POST", "/api/organize/contests/" + contestId + "/status", Map.of("status", "CLOSED")), 200);
        expect(send(organizer, "POST", "/api/organize/contests/" + contestId + "/status", Map.of("status", "JUDGING")), 200);
        expect(send(organizer, "POST", "/api/organize/rounds/" + roundId + "/open", Map.of()), 200);
        return roundId;
    }

    private Session login(String username, String password) {
        HttpResponse<byte[]> me = send(null, "GET", "/api/me", null);
        String xsrf = cookie(me, "XSRF-TOKEN");
        Session anonymous = new Session("XSRF-TOKEN=" + xsrf, xsrf);
        HttpResponse<byte[]> login = expect(send(anonymous, "POST", "/api/auth/login",
                Map.of("username", username, "password", password)), 200);
        String renewed = login.headers().allValues("Set-Cookie").stream().anyMatch(c -> c.startsWith("XSRF-TOKEN="))
                ? cookie(login, "XSRF-TOKEN") : xsrf;
        return new Session("XSRF-TOKEN=" + renewed + "; PX_SESSION=" + cookie(login, "PX_SESSION"), renewed);
    }

    private static String cookie(HttpResponse<?> response, String name) {
        return response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith(name + "="))
                .map(c -> c.substring(name.length() + 1, c.indexOf(';') < 0 ? c.length() : c.indexOf(';')))
                .findFirst().orElseThrow(() -> new IllegalStateException("no " + name + " cookie: " + response));
    }

    private HttpResponse<byte[]> send(Session session, String method, String path, Object body) {
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60))
                    .header("Accept", "application/json");
            if (session != null) {
                request.header("Cookie", session.cookie()).header("X-XSRF-TOKEN", session.xsrf());
            }
            request.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(body)));
            if (body != null) {
                request.header("Content-Type", "application/json");
            }
            return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static HttpResponse<byte[]> expect(HttpResponse<byte[]> response, int status) {
        if (response.statusCode() != status) {
            throw new IllegalStateException(response.request().method() + " " + response.uri() + " → " + response.statusCode()
                    + ": " + new String(response.body(), StandardCharsets.UTF_8));
        }
        return response;
    }

    private Map<String, Object> json(HttpResponse<byte[]> response) {
        try {
            return JSON.readValue(response.body(), Argument.mapOf(String.class, Object.class));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
