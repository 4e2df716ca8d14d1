package cn.pingxuan.judging;

import cn.pingxuan.media.MediaAssets;
import cn.pingxuan.storage.BlobStore;
import cn.pingxuan.support.ApiClient;
import cn.pingxuan.support.TestAccounts;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static cn.pingxuan.judging.JudgingFixtures.expect;
import static org.assertj.core.api.Assertions.assertThat;

/** Organizers set a round up: rubric rules, judge pool, automatic assignment and its refusals. */
@MicronautTest(transactional = false)
@Tag("db")
class RoundSetupTest {

    @Inject
    EmbeddedServer server;
    @Inject
    JsonMapper json;
    @Inject
    BlobStore blobs;
    @Inject
    MediaAssets assets;

    private JudgingFixtures.Stage stage;

    @BeforeEach
    void eligibleEntries() {
        stage = JudgingFixtures.eligibleVideos(server, json, blobs, assets, 4);
    }

    @Test
    void theRubricMustAddUpAndTheRuleMustMakeSense() {
        Map<String, Object> form = new HashMap<>(JudgingFixtures.roundForm(stage.videoCategory(), 2, true));
        form.put("criteria", List.of(Map.of("name", "创意", "maxScore", 40, "weight", 60),
                Map.of("name", "制作", "maxScore", 20, "weight", 30)));
        form.put("advanceRule", Map.of("kind", "TOP_PERCENT", "value", 120));

        ApiClient.Response refused = stage.organizer().post("/api/organize/contests/" + stage.contestId() + "/rounds", form);

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("各评分项权重之和应为 100%，现为 90%").contains("晋级比例必须大于 0 且不超过 100");
        assertThat(stage.organizer().get("/api/organize/contests/" + stage.contestId() + "/rounds").list()).isEmpty();
    }

    @Test
    void everyEntryGetsKJudgesNoneFromTheAuthorsUnitLine() {
        JudgingFixtures.Judge literature = JudgingFixtures.judge(server, json, "文学院");
        JudgingFixtures.Judge art = JudgingFixtures.judge(server, json, "艺术学院");
        JudgingFixtures.Judge classmate = JudgingFixtures.judge(server, json, "计算机学院");
        JudgingFixtures.Judge university = JudgingFixtures.judge(server, json, "示范大学");
        long roundId = JudgingFixtures.createRound(stage, JudgingFixtures.roundForm(stage.videoCategory(), 2, true));
        JudgingFixtures.setPool(stage, roundId, List.of(literature, art, classmate, university));

        Map<String, Object> report = expect(stage.organizer().post("/api/organize/rounds/" + roundId + "/assignment",
                Map.of("calibrationSize", 0)), 200).map();

        assertThat(report).containsEntry("assignments", 8);
        List<Map<String, Object>> assignments = stage.organizer().get("/api/organize/rounds/" + roundId + "/assignments").list();
        assertThat(assignments).hasSize(8).extracting(a -> ((Number) a.get("judgeId")).longValue())
                .containsOnly(literature.id(), art.id());
        for (long entryId : stage.entryIds()) {
            assertThat(assignments).filteredOn(a -> ((Number) a.get("entryId")).longValue() == entryId)
                    .extracting(a -> a.get("judgeId")).doesNotHaveDuplicates().hasSize(2);
        }
    }

    @Test
    void anInfeasibleAssignmentNamesEveryEntryAndStoresNothing() {
        JudgingFixtures.Judge literature = JudgingFixtures.judge(server, json, "文学院");
        JudgingFixtures.Judge classmate = JudgingFixtures.judge(server, json, "软件2301班");
        long roundId = JudgingFixtures.createRound(stage, JudgingFixtures.roundForm(stage.videoCategory(), 2, true));
        JudgingFixtures.setPool(stage, roundId, List.of(literature, classmate));

        ApiClient.Response refused = stage.organizer().post("/api/organize/rounds/" + roundId + "/assignment", Map.of());

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.body()).contains("assignment-infeasible").contains("4 件作品无法分配到 2 位评委");
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> shortfalls = (List<Map<String, Object>>) ((Map<String, Object>) refused.map().get("report"))
                .get("shortfalls");
        assertThat(shortfalls).extracting(s -> ((Number) s.get("entryId")).longValue())
                .containsExactlyInAnyOrderElementsOf(stage.entryIds());
        assertThat(shortfalls).allSatisfy(s -> assertThat((String) s.get("reason")).contains("同单位"));
        assertThat(stage.organizer().get("/api/organize/rounds/" + roundId + "/assignments").list()).isEmpty();
    }

    @Test
    void declaredConflictsAndManualChangesAreHonoured() {
        JudgingFixtures.Judge a = JudgingFixtures.judge(server, json, "文学院");
        JudgingFixtures.Judge b = JudgingFixtures.judge(server, json, "艺术学院");
        JudgingFixtures.Judge c = JudgingFixtures.judge(server, json, "汉语言2301班");
        long roundId = JudgingFixtures.createRound(stage, JudgingFixtures.roundForm(stage.videoCategory(), 1, true));
        JudgingFixtures.setPool(stage, roundId, List.of(a, b, c));
        long first = stage.entryIds().get(0);
        expect(stage.organizer().post("/api/organize/rounds/" + roundId + "/conflicts",
                Map.of("judgeId", a.id(), "entryId", first, "reason", "指导过该学生")), 201);

        expect(stage.organizer().post("/api/organize/rounds/" + roundId + "/assignment", Map.of()), 200);

        List<Map<String, Object>> assignments = stage.organizer().get("/api/organize/rounds/" + roundId + "/assignments").list();
        Map<String, Object> ofFirst = assignments.stream().filter(x -> ((Number) x.get("entryId")).longValue() == first)
                .findFirst().orElseThrow();
        assertThat(((Number) ofFirst.get("judgeId")).longValue()).isNotEqualTo(a.id());
        ApiClient.Response swapToConflicted = stage.organizer().post("/api/organize/rounds/" + roundId + "/assignments/"
                + ofFirst.get("id") + "/swap", Map.of("judgeId", a.id()));
        assertThat(swapToConflicted.status()).isEqualTo(400);
        assertThat(swapToConflicted.body()).contains("该评委已声明回避这件作品");
        assertThat(stage.organizer().get("/api/organize/rounds/" + roundId + "/assignments").list()).hasSize(4);
    }

    @Test
    void aRoundOpensOnlyWhenTheContestIsJudgingAndOnlyForItsOrganizers() {
        JudgingFixtures.Judge a = JudgingFixtures.judge(server, json, "文学院");
        long roundId = JudgingFixtures.createRound(stage, JudgingFixtures.roundForm(stage.videoCategory(), 1, false));
        JudgingFixtures.setPool(stage, roundId, List.of(a));
        expect(stage.organizer().post("/api/organize/rounds/" + roundId + "/assignment", Map.of()), 200);

        ApiClient.Response early = stage.organizer().post("/api/organize/rounds/" + roundId + "/open", Map.of());
        assertThat(early.status()).isEqualTo(409);
        assertThat(early.body()).contains("比赛进入“评审中”状态后才能开始评审");

        ApiClient otherOrganizer = TestAccounts.newUser(server, json, "ORGANIZER", "艺术学院");
        assertThat(otherOrganizer.post("/api/organize/rounds/" + roundId + "/open", Map.of()).status()).isIn(403, 404);
        assertThat(a.client().get("/api/organize/rounds/" + roundId).status()).isEqualTo(403);
        assertThat(stage.works().student().get("/api/organize/rounds/" + roundId + "/assignments").status()).isEqualTo(403);

        JudgingFixtures.startJudging(stage);
        Map<String, Object> opened = expect(stage.organizer().post("/api/organize/rounds/" + roundId + "/open", Map.of()), 200).map();
        assertThat(opened).containsEntry("status", "OPEN").containsEntry("entryCount", 4);
        assertThat(stage.works().student().get("/api/entries/" + stage.entryIds().get(0)).map())
                .containsEntry("status", "IN_JUDGING");
    }
}
