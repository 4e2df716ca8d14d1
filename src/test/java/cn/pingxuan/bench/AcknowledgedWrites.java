package cn.pingxuan.bench;

import cn.pingxuan.bench.BenchJudges.Judge;
import cn.pingxuan.bench.BenchJudges.Sheet;
import cn.pingxuan.bench.ResumableUploads.Done;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * After the load: does the database hold exactly what the server acknowledged? Score sheets must hold the values of
 * each judge's last acknowledged save under its version (lower: a lost write; higher: a write nobody was told of),
 * and every upload the client finished must be recorded complete with the source's SHA-256, which the stored object
 * must match byte for byte; no upload may be complete on one side only (the upload row or its purpose).
 */
final class AcknowledgedWrites {

    private final BenchClient client;
    private final List<String> problems = new ArrayList<>();

    AcknowledgedWrites(BenchClient client) {
        this.client = client;
    }

    List<String> problems() {
        return problems;
    }

    @SuppressWarnings("unchecked")
    void checkSheets(long roundId, List<Judge> team) {
        Map<Long, Map<String, Object>> rows = new HashMap<>();
        for (Object row : BenchClient.jsonList(get("/api/bench/state/sheets?round=" + roundId))) {
            Map<String, Object> sheet = (Map<String, Object>) row;
            rows.put(((Number) sheet.get("id")).longValue(), sheet);
        }
        long acknowledged = 0, advanced = 0, lost = 0, extra = 0, sheets = 0;
        for (Judge judge : team) {
            acknowledged += judge.acknowledged.values().stream().mapToLong(Long::longValue).sum();
            for (long assignment : judge.assignments) {
                sheets++;
                Sheet known = judge.sheets.get(assignment);
                Map<String, Object> row = rows.get(assignment);
                if (row == null || ((Number) row.get("judgeId")).longValue() != judge.id) {
                    lost++;
                    problems.add("sheet " + assignment + " is missing or belongs to another judge");
                    continue;
                }
                long version = ((Number) row.get("version")).longValue();
                advanced += version - judge.initialVersions.get(assignment);
                Map<String, Object> scores = (Map<String, Object>) row.get("scores");
                int scoreRows = ((Number) row.get("scoreRows")).intValue();
                if (version > known.version() || scoreRows > known.scores().size()) {
                    extra++;
                    problems.add("sheet " + assignment + ": version " + version + " with " + scoreRows
                            + " score rows, but the last acknowledged save made version " + known.version());
                } else if (version < known.version() || !Objects.equals(row.get("comment"), known.comment())
                        || !sameScores(scores, known.scores())) {
                    lost++;
                    problems.add("sheet " + assignment + ": holds version " + version + " " + scores + " '" + row.get("comment")
                            + "', the last acknowledged save was version " + known.version() + " " + known.scores()
                            + " '" + known.comment() + "'");
                }
            }
        }
        System.out.printf("score sheets: %d checked; %d saves acknowledged, stored versions advanced by %d in all; "
                + "lost %d, unacknowledged or duplicated %d%n", sheets, acknowledged, advanced, lost, extra);
    }

    private static boolean sameScores(Map<String, Object> stored, Map<String, Integer> saved) {
        return stored.size() == saved.size() && saved.entrySet().stream().allMatch(e -> stored.get(e.getKey()) instanceof Number n
                && n.doubleValue() == e.getValue());
    }

    @SuppressWarnings("unchecked")
    void checkUploads(List<Done> completed) throws Exception {
        Map<String, Map<String, Object>> rows = new HashMap<>();
        for (Object row : BenchClient.jsonList(get("/api/bench/state/uploads"))) {
            Map<String, Object> upload = (Map<String, Object>) row;
            rows.put((String) upload.get("id"), upload);
        }
        int halfRecorded = 0, unfinished = 0;
        for (Map<String, Object> row : rows.values()) {
            boolean complete = "COMPLETED".equals(row.get("status"));
            boolean consistent = complete == Boolean.TRUE.equals(row.get("purposeRecorded")) && (!complete
                    || row.get("sha256") != null && ((Number) row.get("receivedBytes")).longValue()
                    == ((Number) row.get("uploadLength")).longValue());
            if (!consistent) {
                halfRecorded++;
                problems.add("upload " + row.get("id") + " is half-recorded: " + row);
            } else if (!complete) {
                unfinished++;
                problems.add("upload " + row.get("id") + " did not complete: " + row);
            }
        }
        ExecutorService readers = Executors.newFixedThreadPool(2);
        List<Future<String>> checks = new ArrayList<>();
        try {
            for (Done done : completed) {
                checks.add(readers.submit(() -> check(done, rows.get(done.id()))));
            }
            int mismatches = 0;
            long bytes = 0;
            for (Future<String> check : checks) {
                String problem = check.get();
                if (problem != null) {
                    mismatches++;
                    problems.add(problem);
                }
            }
            for (Done done : completed) {
                bytes += done.size();
            }
            System.out.printf("uploads: %d in the database, %d completed by the client (%d MiB), each read back from the store: "
                    + "%d mismatched or missing; %d half-recorded, %d not completed%n", rows.size(), completed.size(),
                    bytes >> 20, mismatches, halfRecorded, unfinished);
        } finally {
            readers.shutdown();
        }
    }

    private String check(Done done, Map<String, Object> row) {
        if (row == null) {
            return "upload " + done.id() + " finished by the client is not in the database";
        }
        if (!"COMPLETED".equals(row.get("status")) || !done.sha256().equals(row.get("sha256"))
                || ((Number) row.get("uploadLength")).longValue() != done.size()) {
            return "upload " + done.id() + " (" + done.size() + " bytes, " + done.sha256() + ") is recorded as " + row;
        }
        HttpResponse<byte[]> stored = client.send(null, "GET", "/api/bench/state/stored?key="
                + URLEncoder.encode((String) row.get("blobKey"), StandardCharsets.UTF_8), null);
        if (stored.statusCode() != 200) {
            return "upload " + done.id() + ": no stored object under " + row.get("blobKey");
        }
        Map<String, Object> object = BenchClient.json(stored);
        if (!done.sha256().equals(object.get("sha256")) || ((Number) object.get("bytes")).longValue() != done.size()) {
            return "upload " + done.id() + ": the stored object (" + object + ") differs from the source (" + done.size()
                    + " bytes, " + done.sha256() + ")";
        }
        return null;
    }

    private HttpResponse<byte[]> get(String path) {
        return BenchClient.expect(client.send(null, "GET", path, null), 200);
    }
}
