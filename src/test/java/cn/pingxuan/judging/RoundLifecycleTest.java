package cn.pingxuan.judging;

import cn.pingxuan.common.AuditLog;
import cn.pingxuan.media.MediaAssets;
import cn.pingxuan.storage.BlobStore;
import cn.pingxuan.support.ApiClient;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static cn.pingxuan.judging.JudgingFixtures.expect;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A round from opening to advancement, scored by three judges through the judge API with hand-computed results.
 * Totals are 1.5 × 创意 + 2 × 制作 (创意 40 points at 60 %, 制作 20 points at 40 %).
 */
@MicronautTest(transactional = false)
@Tag("db")
class RoundLifecycleTest {

    /** entry → each judge's (创意, 制作). */
    private static final double[][][] SHEETS = {
            {{36, 18}, {34, 16}, {38, 18}}, // 90, 83, 93 → mean 88.67
            {{30, 15}, {30, 15}, {30, 15}}, // 75 × 3 → 75.00, 创意 mean 30 → 75 on the 100 scale
            {{34, 12}, {34, 12}, {30, 15}}, // 75 × 3 → 75.00, 创意 mean 32.67 → 81.67: ahead of entry 2 on the tie-break
            {{20, 10}, {20, 10}, {20, 10}}, // 50
    };

    @Inject
    EmbeddedServer server;
    @Inject
    JsonMapper json;
    @Inject
    BlobStore blobs;
    @Inject
    MediaAssets assets;
    @Inject
    AuditLog audit;

    @Test
    void scoredLockedRankedAndAdvancedByTheRoundsRule() {
        JudgingFixtures.Stage stage = JudgingFixtures.eligibleVideos(server, json, blobs, assets, 4);
        List<JudgingFixtures.Judge> judges = List.of(JudgingFixtures.judge(server, json, "文学院"),
                JudgingFixtures.judge(server, json, "艺术学院"), JudgingFixtures.judge(server, json, "汉语言2301班"));
        long roundId = JudgingFixtures.createRound(stage, JudgingFixtures.roundForm(stage.videoCategory(), 3, true));
        JudgingFixtures.setPool(stage, roundId, judges);
        expect(stage.organizer().post("/api/organize/rounds/" + roundId + "/assignment", Map.of()), 200);
        JudgingFixtures.startJudging(stage);
        expect(stage.organizer().post("/api/organize/rounds/" + roundId + "/open", Map.of()), 200);

        for (int j = 0; j < judges.size(); j++) {
            for (int e = 0; e < SHEETS.length - 1; e++) {
                JudgingFixtures.score(judges.get(j).client(), roundId, stage.codes().get(e), SHEETS[e][j], true);
            }
            JudgingFixtures.score(judges.get(j).client(), roundId, stage.codes().get(3), SHEETS[3][j], j < 2);
        }
        ApiClient.Response early = stage.organizer().post("/api/organize/rounds/" + roundId + "/lock", Map.of());
        assertThat(early.status()).isEqualTo(409);
        assertThat(early.body()).contains("还有 1 份评分未提交");
        JudgingFixtures.score(judges.get(2).client(), roundId, stage.codes().get(3), SHEETS[3][2], true);

        expect(stage.organizer().post("/api/organize/rounds/" + roundId + "/lock", Map.of()), 200);

        Map<String, Object> ranking = expect(stage.organizer().get("/api/organize/rounds/" + roundId + "/ranking"), 200).map();
        List<Map<String, Object>> rows = rows(ranking);
        assertThat(rows).extracting(r -> ((Number) r.get("entryId")).longValue()).containsExactly(
                stage.entryIds().get(0), stage.entryIds().get(2), stage.entryIds().get(1), stage.entryIds().get(3));
        assertThat(rows).extracting(r -> ((Number) r.get("rank")).intValue()).containsExactly(1, 2, 3, 4);
        assertThat(rows).extracting(r -> ((Number) r.get("score")).doubleValue()).containsExactly(88.67, 75.0, 75.0, 50.0);
        assertThat(rows).extracting(r -> r.get("advances")).containsExactly(true, true, false, false);
        // recomputed from the stored scores, the kept ranking comes out the same
        assertThat(rows).allSatisfy(r -> assertThat(((Number) ((Map<?, ?>) r.get("scores")).get("MEAN")).doubleValue())
                .isEqualTo(((Number) r.get("score")).doubleValue()));

        long lateAssignment = JudgingFixtures.assignmentOf(judges.get(0).client(), roundId, stage.codes().get(3));
        Map<String, Object> sheet = judges.get(0).client().get("/api/judging/assignments/" + lateAssignment).map();
        ApiClient.Response afterLock = judges.get(0).client().put("/api/judging/assignments/" + lateAssignment + "/draft",
                Map.of("scores", Map.of(), "comment", "改一下", "version", sheet.get("version")));
        assertThat(afterLock.status()).isEqualTo(409);

        Map<String, Object> advanced = expect(stage.organizer().post("/api/organize/rounds/" + roundId + "/advance", Map.of()), 200).map();
        assertThat(rows(advanced)).extracting(r -> r.get("outcome")).containsExactly("ADVANCED", "ADVANCED", "ELIMINATED", "ELIMINATED");
        assertThat(stage.works().student().get("/api/entries/" + stage.entryIds().get(0)).map()).containsEntry("status", "ADVANCED");
        assertThat(audit.history("assignment", lateAssignment)).isNotEmpty();

        Map<String, Object> second = new HashMap<>(JudgingFixtures.roundForm(stage.videoCategory(), 1, true));
        second.put("name", "复评");
        long secondRound = JudgingFixtures.createRound(stage, second);
        JudgingFixtures.setPool(stage, secondRound, judges);
        expect(stage.organizer().post("/api/organize/rounds/" + secondRound + "/assignment", Map.of()), 200);
        assertThat(stage.organizer().get("/api/organize/rounds/" + secondRound + "/assignments").list())
                .extracting(a -> ((Number) a.get("entryId")).longValue())
                .containsExactlyInAnyOrder(stage.entryIds().get(0), stage.entryIds().get(2));
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> rows(Map<String, Object> ranking) {
        return (List<Map<String, Object>>) ranking.get("rows");
    }
}
