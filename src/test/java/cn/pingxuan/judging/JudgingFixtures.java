package cn.pingxuan.judging;

import cn.pingxuan.media.MediaAssets;
import cn.pingxuan.media.MediaFixtures;
import cn.pingxuan.storage.BlobStore;
import cn.pingxuan.support.ApiClient;
import cn.pingxuan.support.TestAccounts;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A contest whose video entries passed screening, judges from several units, and rounds made through the API. */
public final class JudgingFixtures {

    private JudgingFixtures() {
    }

    public record Judge(long id, ApiClient client) {
    }

    /** {@code codes} in the order of {@code entryIds}: judges of blind rounds know entries by code only. */
    public record Stage(MediaFixtures.Works works, List<Long> entryIds, List<String> codes) {

        public ApiClient organizer() {
            return works.organizer();
        }

        public long contestId() {
            return works.contestId();
        }

        public long videoCategory() {
            return works.videoCategory();
        }
    }

    /** {@code count} eligible video entries, all by students of 软件2301班 (计算机学院), each with a real video. */
    public static Stage eligibleVideos(EmbeddedServer server, JsonMapper json, BlobStore blobs, MediaAssets assets, int count) {
        MediaFixtures.Works works = MediaFixtures.newContest(server, json);
        List<Long> ids = new ArrayList<>();
        List<String> codes = new ArrayList<>();
        try {
            byte[] video = Files.readAllBytes(MediaFixtures.TEST_VIDEO);
            for (int i = 0; i < count; i++) {
                ApiClient student = i == 0 ? works.student() : TestAccounts.newUser(server, json, "STUDENT", "软件2301班");
                Map<String, Object> entry = student.post("/api/entries", Map.of("contestId", works.contestId(),
                        "categoryId", works.videoCategory(), "title", "网络文明微视频 " + (i + 1), "pledgeAccepted", true)).map();
                long id = ((Number) entry.get("id")).longValue();
                MediaFixtures.attach(blobs, assets, id, video, "video/mp4", "作品" + (i + 1) + ".mp4");
                codes.add((String) expect(student.post("/api/entries/" + id + "/submit", Map.of()), 200).map().get("code"));
                ids.add(id);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        expect(works.organizer().post("/api/contests/" + works.contestId() + "/screening/approve-all", Map.of("entryIds", ids)), 200);
        return new Stage(works, ids, codes);
    }

    public static Judge judge(EmbeddedServer server, JsonMapper json, String unitName) {
        ApiClient client = TestAccounts.newUser(server, json, "JUDGE", unitName);
        return new Judge(((Number) client.get("/api/me").map().get("id")).longValue(), client);
    }

    /** A round over the video category: 创意 (40 分, 60 %) and 制作 (20 分, 40 %), open for a day. */
    public static Map<String, Object> roundForm(long categoryId, int judgesPerEntry, boolean blind) {
        Map<String, Object> form = new HashMap<>();
        form.put("name", "初评");
        form.put("categoryIds", List.of(categoryId));
        form.put("judgesPerEntry", judgesPerEntry);
        form.put("blind", blind);
        form.put("opensAt", Instant.now().minus(Duration.ofMinutes(5)).toString());
        form.put("closesAt", Instant.now().plus(Duration.ofDays(1)).toString());
        form.put("aggregation", "MEAN");
        form.put("advanceRule", Map.of("kind", "TOP_N", "value", 2));
        form.put("criteria", List.of(
                Map.of("name", "创意", "description", "主题鲜明，构思新颖", "maxScore", 40, "weight", 60),
                Map.of("name", "制作", "description", "画面、声音与剪辑", "maxScore", 20, "weight", 40)));
        return form;
    }

    public static long createRound(Stage stage, Map<String, Object> form) {
        return id(expect(stage.organizer().post("/api/organize/contests/" + stage.contestId() + "/rounds", form), 201));
    }

    public static void setPool(Stage stage, long roundId, List<Judge> judges) {
        List<Map<String, Object>> members = judges.stream()
                .map(j -> Map.<String, Object>of("userId", j.id(), "categoryIds", List.of(stage.videoCategory()))).toList();
        expect(stage.organizer().put("/api/organize/rounds/" + roundId + "/judges", Map.of("judges", members)), 200);
    }

    /** The contest stops taking works and enters judging, as organizers do before opening a round. */
    public static void startJudging(Stage stage) {
        expect(stage.organizer().post("/api/organize/contests/" + stage.contestId() + "/status", Map.of("status", "CLOSED")), 200);
        expect(stage.organizer().post("/api/organize/contests/" + stage.contestId() + "/status", Map.of("status", "JUDGING")), 200);
    }

    public static void score(ApiClient judge, long roundId, String code, double[] values, boolean submit) {
        long assignmentId = assignmentOf(judge, roundId, code);
        Map<String, Object> view = expect(judge.get("/api/judging/assignments/" + assignmentId), 200).map();
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> criteria = (List<Map<String, Object>>) ((Map<String, Object>) view.get("round")).get("criteria");
        Map<String, Object> scores = Map.of(String.valueOf(criteria.get(0).get("id")), values[0],
                String.valueOf(criteria.get(1).get("id")), values[1]);
        Map<String, Object> body = Map.of("scores", scores, "comment", "构思不错", "version", view.get("version"));
        expect(submit ? judge.post("/api/judging/assignments/" + assignmentId + "/submit", body)
                : judge.put("/api/judging/assignments/" + assignmentId + "/draft", body), 200);
    }

    /** Judges never see entry ids in a blind round: they find the assignment by the entry's code. */
    public static long assignmentOf(ApiClient judge, long roundId, String code) {
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> items = (List<Map<String, Object>>) judge.get("/api/judging/rounds/" + roundId + "/queue")
                .map().get("items");
        return items.stream().filter(i -> code.equals(i.get("code"))).map(i -> ((Number) i.get("assignmentId")).longValue())
                .findFirst().orElseThrow();
    }

    public static ApiClient.Response expect(ApiClient.Response response, int status) {
        if (response.status() != status) {
            throw new AssertionError("expected " + status + " but got " + response);
        }
        return response;
    }

    public static long id(ApiClient.Response response) {
        return ((Number) response.map().get("id")).longValue();
    }
}
