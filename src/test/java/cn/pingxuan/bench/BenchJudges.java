package cn.pingxuan.bench;

import cn.pingxuan.bench.BenchClient.Session;

import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The judges seeded by {@link JudgingBenchSeed}, signed in, and the round they score, set up through the organizer's
 * API as an organizer would: criteria, pool, assignment, the contest moved to judging, the round opened.
 */
final class BenchJudges {

    private BenchJudges() {
    }

    /** What one sheet holds as far as the judge knows: the last acknowledged save (or what a re-read showed). */
    record Sheet(long version, Map<String, Integer> scores, String comment) {
    }

    /** One judge: their session and, per assignment, the sheet they hold and how many saves were acknowledged. */
    static final class Judge {
        final Session session;
        final List<Long> assignments = new ArrayList<>();
        final Map<Long, Long> initialVersions = new HashMap<>();
        final Map<Long, Long> acknowledged = new HashMap<>();
        final Map<Long, Sheet> sheets = new HashMap<>();
        final List<Long> criteria = new ArrayList<>();
        final Random random;
        final long id;
        long resyncedAfterFailure;
        int next;

        Judge(long id, Session session) {
            this.id = id;
            this.session = session;
            this.random = new Random(id);
        }

        @SuppressWarnings("unchecked")
        void loadSheets(BenchClient client, long roundId) {
            Map<String, Object> queue = BenchClient.json(client.send(session, "GET", "/api/judging/rounds/" + roundId + "/queue", null));
            for (Map<String, Object> item : (List<Map<String, Object>>) queue.get("items")) {
                long assignment = ((Number) item.get("assignmentId")).longValue();
                Map<String, Object> view = reread(client, assignment);
                assignments.add(assignment);
                initialVersions.put(assignment, sheets.get(assignment).version());
                if (criteria.isEmpty()) {
                    ((List<Map<String, Object>>) ((Map<String, Object>) view.get("round")).get("criteria"))
                            .forEach(c -> criteria.add(((Number) c.get("id")).longValue()));
                }
            }
        }

        /** Saves a draft of the next sheet with the version last seen; returns the answer's status. */
        int save(BenchClient client) {
            long assignment = assignments.get(next++ % assignments.size());
            Map<String, Integer> scores = new TreeMap<>();
            criteria.forEach(c -> scores.put(String.valueOf(c), random.nextInt(11)));
            String comment = "评语 " + random.nextInt(1_000_000);
            Map<String, Object> body = Map.of("scores", scores, "comment", comment, "version", sheets.get(assignment).version());
            HttpResponse<byte[]> answer;
            try {
                answer = client.send(session, "PUT", "/api/judging/assignments/" + assignment + "/draft", body);
            } catch (UncheckedIOException e) {
                resync(client, assignment);
                return LatencyRecorder.IO_ERROR;
            }
            if (answer.statusCode() != 200) {
                resync(client, assignment);
                return answer.statusCode();
            }
            long version = ((Number) BenchClient.json(answer).get("version")).longValue();
            sheets.put(assignment, new Sheet(version, scores, comment));
            acknowledged.merge(assignment, 1L, Long::sum);
            return 200;
        }

        /** After a failed save the sheet is whatever the server holds: an unacknowledged save may have landed. */
        private void resync(BenchClient client, long assignment) {
            resyncedAfterFailure++;
            reread(client, assignment);
        }

        @SuppressWarnings("unchecked")
        private Map<String, Object> reread(BenchClient client, long assignment) {
            Map<String, Object> view = BenchClient.json(BenchClient.expect(
                    client.send(session, "GET", "/api/judging/assignments/" + assignment, null), 200));
            Map<String, Integer> scores = new TreeMap<>();
            ((Map<String, Object>) view.get("scores")).forEach((c, v) -> scores.put(c, ((Number) v).intValue()));
            sheets.put(assignment, new Sheet(((Number) view.get("version")).longValue(), scores, (String) view.get("comment")));
            return view;
        }
    }

    static List<Judge> signIn(BenchClient client, int count) throws Exception {
        ExecutorService logins = Executors.newFixedThreadPool(4);
        try {
            List<Future<Judge>> pending = new ArrayList<>();
            for (int i = 1; i <= count; i++) {
                String username = "bench-judge-" + i;
                pending.add(logins.submit(() -> {
                    Session session = client.login(username, JudgingBenchSeed.PASSWORD);
                    return new Judge(((Number) BenchClient.json(client.send(session, "GET", "/api/me", null)).get("id")).longValue(),
                            session);
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

    /** Opens a round on the open contest (the one {@link JudgingBenchSeed} filled) with the team as its pool. */
    @SuppressWarnings("unchecked")
    static long openRound(BenchClient client, Session organizer, List<Judge> team) {
        Map<String, Object> contests = BenchClient.json(client.send(organizer, "GET", "/api/organize/contests", null));
        long contestId = ((List<Map<String, Object>>) contests.get("items")).stream()
                .filter(c -> "OPEN".equals(c.get("status"))).findFirst()
                .map(c -> ((Number) c.get("id")).longValue()).orElseThrow(() -> new IllegalStateException("no open contest"));
        Map<String, Object> contest = BenchClient.json(client.send(organizer, "GET", "/api/contests/" + contestId, null));
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
        long roundId = ((Number) BenchClient.json(BenchClient.expect(
                client.send(organizer, "POST", "/api/organize/contests/" + contestId + "/rounds", form), 201)).get("id")).longValue();
        List<Map<String, Object>> members = team.stream()
                .map(j -> Map.<String, Object>of("userId", j.id, "categoryIds", List.of(categoryId))).toList();
        ok(client.send(organizer, "PUT", "/api/organize/rounds/" + roundId + "/judges", Map.of("judges", members)));
        ok(client.send(organizer, "POST", "/api/organize/rounds/" + roundId + "/assignment", Map.of()));
        ok(client.send(organizer, "POST", "/api/organize/contests/" + contestId + "/status", Map.of("status", "CLOSED")));
        ok(client.send(organizer, "POST", "/api/organize/contests/" + contestId + "/status", Map.of("status", "JUDGING")));
        ok(client.send(organizer, "POST", "/api/organize/rounds/" + roundId + "/open", Map.of()));
        return roundId;
    }

    private static void ok(HttpResponse<byte[]> response) {
        BenchClient.expect(response, 200);
    }
}
