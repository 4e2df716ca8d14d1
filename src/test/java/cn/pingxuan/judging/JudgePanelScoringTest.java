package cn.pingxuan.judging;

import cn.pingxuan.common.AuditEvent;
import cn.pingxuan.common.AuditLog;
import cn.pingxuan.media.MediaFixtures;
import cn.pingxuan.support.ApiClient;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;

import static org.assertj.core.api.Assertions.assertThat;

/** The judge's scoring desk: who may reach a sheet, validation, versions, the round's window, recusal and flags. */
@MicronautTest(transactional = false)
@Tag("db")
class JudgePanelScoringTest {

    @Inject
    EmbeddedServer server;
    @Inject
    JsonMapper json;
    @Inject
    PanelRounds rounds;
    @Inject
    AuditLog audit;

    private MediaFixtures.Works works;
    private JudgingRound round;
    private PanelRounds.Judge judge;
    private long assignmentId;
    private String creative;
    private String craft;

    @BeforeEach
    void assignOneEntry() {
        works = MediaFixtures.newContest(server, json);
        round = rounds.open(works.contestId(), works.videoCategory(), true);
        List<RoundCriterion> criteria = rounds.criteriaOf(round);
        creative = String.valueOf(criteria.get(0).id());
        craft = String.valueOf(criteria.get(1).id());
        judge = PanelRounds.judge(server, json, "文学院");
        assignmentId = rounds.assign(round, works.newEntry(works.videoCategory()), judge.id());
    }

    @Test
    void onlyTheAssignedJudgeReachesTheSheet() {
        PanelRounds.Judge other = PanelRounds.judge(server, json, "文学院");
        rounds.assign(round, works.newEntry(works.videoCategory()), other.id());
        String path = "/api/judging/assignments/" + assignmentId;

        assertThat(judge.client().get(path).status()).isEqualTo(200);
        assertThat(other.client().get(path).status()).isEqualTo(404);
        assertThat(save(other.client(), Map.of(creative, 30), 0L, false).status()).isEqualTo(404);
        assertThat(other.client().get(path + "/files/1").status()).isEqualTo(404);
        assertThat(other.client().post(path + "/recuse", Map.of("reason", "认识作者")).status()).isEqualTo(404);
        assertThat(other.client().post(path + "/flags", Map.of("kind", "OTHER", "note", "看看")).status()).isEqualTo(404);
        assertThat(other.client().get("/api/judging/rounds/" + round.id() + "/queue").map().get("items"))
                .asList().hasSize(1);
        assertThat(works.student().get(path).status()).isIn(403, 404);
        assertThat(works.student().get("/api/judging/rounds/" + round.id() + "/queue").status()).isIn(403, 404);
        assertThat(works.organizer().get(path).status()).isIn(403, 404);
        assertThat(judge.client().get("/api/judging/assignments/" + (assignmentId + 1000)).status()).isEqualTo(404);
    }

    @Test
    void scoresAreCheckedAgainstEachCriterion() {
        ApiClient.Response invalid = save(judge.client(), Map.of(creative, 40.5, craft, -1), version(), true);
        assertThat(invalid.status()).isEqualTo(400);
        assertThat(fieldErrors(invalid)).containsEntry("scores." + creative, "“创意”的分数应在 0 到 40 之间")
                .containsEntry("scores." + craft, "“制作”的分数应在 0 到 20 之间");

        ApiClient.Response tooPrecise = save(judge.client(), Map.of(creative, 12.25), version(), false);
        assertThat(fieldErrors(tooPrecise)).containsEntry("scores." + creative, "“创意”的分数最多保留一位小数");

        ApiClient.Response missing = save(judge.client(), Map.of(creative, 30), version(), true);
        assertThat(fieldErrors(missing)).containsEntry("scores." + craft, "请为“制作”打分");

        Map<String, Object> draft = expect(save(judge.client(), Map.of(creative, 30), version(), false), 200);
        assertThat(draft).containsEntry("status", "DRAFT").containsEntry("total", null);

        Map<String, Object> submitted = expect(save(judge.client(), Map.of(creative, 30, craft, 15.5), version(), true), 200);
        assertThat(submitted).containsEntry("status", "SUBMITTED");
        assertThat(((Number) submitted.get("total")).doubleValue()).isEqualTo(76.0); // 30/40×60 + 15.5/20×40
        assertThat(rounds.assignment(assignmentId).submittedAt()).isNotNull();
    }

    @Test
    void aDraftScoreIsClearedWithNull() {
        expect(save(judge.client(), Map.of(creative, 30, craft, 10), version(), false), 200);
        Map<String, Object> cleared = new HashMap<>();
        cleared.put(creative, null);
        cleared.put(craft, 10);
        Map<String, Object> draft = expect(save(judge.client(), cleared, version(), false), 200);
        assertThat(draft).containsEntry("status", "DRAFT").containsEntry("total", null);
        assertThat(draft.get("scores")).isEqualTo(Map.of(craft, 10.0));
        assertThat(scoreEvents().get(0).detail()).isEqualTo("创意: 30.0 → –");
    }

    @Test
    void aStaleVersionIsRefusedButARetriedSaveIsAnsweredOnce() {
        long before = version();
        Map<String, Object> saved = expect(save(judge.client(), Map.of(creative, 30), before, false), 200);
        long after = ((Number) saved.get("version")).longValue();
        assertThat(after).isGreaterThan(before);

        Map<String, Object> retried = expect(save(judge.client(), Map.of(creative, 30), before, false), 200);
        assertThat(((Number) retried.get("version")).longValue()).isEqualTo(after);
        assertThat(scoreEvents()).hasSize(1);
        assertThat(scoreEvents().get(0).detail()).contains("创意: – → 30.0").contains("ASSIGNED → DRAFT");

        ApiClient.Response stale = save(judge.client(), Map.of(creative, 31), before, false);
        assertThat(stale.status()).isEqualTo(409);
        assertThat((String) stale.map().get("type")).endsWith("/stale-version");
        assertThat(rounds.assignment(assignmentId).version()).isEqualTo(after);
    }

    @Test
    void ofTwoConcurrentSavesFromOneVersionExactlyOneWins() {
        long base = version();
        CountDownLatch start = new CountDownLatch(1);
        List<CompletableFuture<ApiClient.Response>> saves = List.of(31, 32).stream()
                .map(value -> CompletableFuture.supplyAsync(() -> {
                    await(start);
                    return save(judge.client(), Map.of(creative, value), base, false);
                })).toList();
        start.countDown();
        List<ApiClient.Response> answers = saves.stream().map(CompletableFuture::join).toList();

        assertThat(answers).extracting(ApiClient.Response::status).containsExactlyInAnyOrder(200, 409);
        ApiClient.Response winner = answers.stream().filter(a -> a.status() == 200).findFirst().orElseThrow();
        Map<String, Object> stored = judge.client().get("/api/judging/assignments/" + assignmentId).map();
        assertThat(stored.get("scores")).isEqualTo(winner.map().get("scores"));
        assertThat(stored.get("version")).isEqualTo(winner.map().get("version"));
        assertThat(scoreEvents()).hasSize(1);
    }

    @Test
    void twoJudgesSavingTheSameEntryAtOnceKeepEachTheirOwnScores() {
        PanelRounds.Judge other = PanelRounds.judge(server, json, "文学院");
        long otherAssignment = rounds.assign(round, rounds.assignment(assignmentId).entryId(), other.id());
        int saves = 12;
        CountDownLatch start = new CountDownLatch(1);
        List<CompletableFuture<Long>> desks = List.of(
                CompletableFuture.supplyAsync(() -> saveInTurn(judge.client(), assignmentId, 10, saves, start)),
                CompletableFuture.supplyAsync(() -> saveInTurn(other.client(), otherAssignment, 20, saves, start)));
        start.countDown();
        List<Long> lastVersions = desks.stream().map(CompletableFuture::join).toList();

        Map<String, Object> mine = judge.client().get("/api/judging/assignments/" + assignmentId).map();
        Map<String, Object> theirs = other.client().get("/api/judging/assignments/" + otherAssignment).map();
        assertThat(mine.get("scores")).isEqualTo(Map.of(creative, 10.0 + saves - 1, craft, (double) saves));
        assertThat(theirs.get("scores")).isEqualTo(Map.of(creative, 20.0 + saves - 1, craft, (double) saves));
        assertThat(((Number) mine.get("version")).longValue()).isEqualTo(lastVersions.get(0));
        assertThat(((Number) theirs.get("version")).longValue()).isEqualTo(lastVersions.get(1));
        assertThat(scoreEvents()).hasSize(saves);
        assertThat(audit.history("assignment", otherAssignment)).filteredOn(e -> e.action().equals("judging.score")).hasSize(saves);
    }

    /** One judge's autosaves, each naming the version the previous one returned; every one must be accepted. */
    private long saveInTurn(ApiClient client, long assignment, int firstScore, int saves, CountDownLatch start) {
        await(start);
        long version = ((Number) client.get("/api/judging/assignments/" + assignment).map().get("version")).longValue();
        for (int i = 0; i < saves; i++) {
            Map<String, Object> body = Map.of("scores", Map.of(creative, firstScore + i, craft, i + 1),
                    "comment", "第" + i + "稿", "version", version);
            ApiClient.Response saved = client.put("/api/judging/assignments/" + assignment + "/draft", body);
            assertThat(saved.status()).as(saved.body()).isEqualTo(200);
            version = ((Number) saved.map().get("version")).longValue();
        }
        return version;
    }

    @Test
    void savesAreRefusedOutsideTheWindowAndOnceLocked() {
        rounds.setWindow(round, Instant.now().plus(Duration.ofHours(1)), Instant.now().plus(Duration.ofDays(1)));
        assertRefused("评审尚未开始");
        rounds.setWindow(round, Instant.now().minus(Duration.ofDays(1)), Instant.now().minus(Duration.ofMinutes(1)));
        assertRefused("评审已截止");
        rounds.setWindow(round, Instant.now().minus(Duration.ofDays(1)), Instant.now().plus(Duration.ofDays(1)));
        rounds.setStatus(round, RoundStatus.LOCKED);
        assertRefused("已锁定");
        assertThat(judge.client().get("/api/judging/rounds").list()).singleElement()
                .satisfies(r -> assertThat(r).containsEntry("editable", false).containsEntry("status", "LOCKED"));
        assertThat(scoreEvents()).isEmpty();
    }

    @Test
    void aSubmittedSheetIsRevisedCompleteUntilTheRoundLocks() {
        expect(save(judge.client(), Map.of(creative, 30, craft, 15), version(), true), 200);

        ApiClient.Response partial = save(judge.client(), Map.of(creative, 32), version(), false);
        assertThat(fieldErrors(partial)).containsKey("scores." + craft);

        Map<String, Object> revised = expect(save(judge.client(), Map.of(creative, 32, craft, 15), version(), false), 200);
        assertThat(revised).containsEntry("status", "SUBMITTED");
        assertThat(((Number) revised.get("total")).doubleValue()).isEqualTo(78.0);
        assertThat(scoreEvents().get(0).detail()).isEqualTo("创意: 30.0 → 32.0");

        rounds.setStatus(round, RoundStatus.LOCKED);
        assertThat(save(judge.client(), Map.of(creative, 33, craft, 15), version(), false).status()).isEqualTo(409);
    }

    @Test
    void aRecusedEntryLeavesTheQueueAndTakesNoMoreScores() {
        long second = rounds.assign(round, works.newEntry(works.videoCategory()), judge.id());
        expect(save(judge.client(), Map.of(creative, 30), version(), false), 200);
        String recuse = "/api/judging/assignments/" + assignmentId + "/recuse";
        assertThat(judge.client().post(recuse, Map.of("reason", " ")).status()).isEqualTo(400);
        assertThat(judge.client().post(recuse, Map.of("reason", "字".repeat(201))).status()).isEqualTo(400);

        Map<String, Object> result = expect(judge.client().post(recuse, Map.of("reason", "作者是我指导过的学生")), 200);
        assertThat(result).containsKey("reassigned");

        Assignment recused = rounds.assignment(assignmentId);
        assertThat(recused.status()).isEqualTo(AssignmentStatus.RECUSED);
        assertThat(recused.recuseReason()).isEqualTo("作者是我指导过的学生");
        assertThat(audit.history("assignment", assignmentId)).extracting(AuditEvent::action).contains("judging.recuse");
        Map<String, Object> queue = judge.client().get("/api/judging/rounds/" + round.id() + "/queue").map();
        assertThat(items(queue)).extracting(i -> ((Number) i.get("assignmentId")).longValue()).containsExactly(second);
        assertThat(((Map<?, ?>) queue.get("round")).get("assigned")).isEqualTo(1);
        assertThat(save(judge.client(), Map.of(creative, 31), version(), false).status()).isEqualTo(409);
        assertThat(judge.client().post(recuse, Map.of("reason", "再次回避")).status()).isEqualTo(409);
    }

    @Test
    void aFlagReachesTheQueue() {
        String flags = "/api/judging/assignments/" + assignmentId + "/flags";
        assertThat(judge.client().post(flags, Map.of("kind", "PLAGIARISM", "note", "")).status()).isEqualTo(400);
        assertThat(judge.client().post(flags, Map.of("kind", "PLAGIARISM", "note", "字".repeat(501))).status()).isEqualTo(400);
        Map<String, Object> flag = expect(judge.client().post(flags, Map.of("kind", "PLAGIARISM", "note", "与往届获奖作品雷同")), 201);
        assertThat(flag).containsEntry("kind", "PLAGIARISM").containsEntry("kindLabel", "疑似抄袭");

        Map<String, Object> queue = judge.client().get("/api/judging/rounds/" + round.id() + "/queue").map();
        assertThat(items(queue)).singleElement().satisfies(item -> assertThat(item).containsEntry("flagged", true));
    }

    @Test
    void theRoundsListCountsTheJudgesWorkAndHidesRoundsInSetup() {
        expect(save(judge.client(), Map.of(creative, 30, craft, 15), version(), true), 200);
        JudgingRound inSetup = rounds.open(works.contestId(), works.videoCategory(), true);
        rounds.setStatus(inSetup, RoundStatus.SETUP);
        long hidden = rounds.assign(inSetup, works.newEntry(works.videoCategory()), judge.id());

        assertThat(judge.client().get("/api/judging/rounds").list()).singleElement().satisfies(r -> assertThat(r)
                .containsEntry("roundName", "初评").containsEntry("assigned", 1)
                .containsEntry("submitted", 1).containsEntry("editable", true).containsEntry("blind", true));
        assertThat(judge.client().get("/api/judging/assignments/" + hidden).status()).isEqualTo(404);
        assertThat(judge.client().get("/api/judging/rounds/" + inSetup.id() + "/queue").status()).isEqualTo(404);
    }

    private void assertRefused(String reason) {
        ApiClient.Response refused = save(judge.client(), Map.of(creative, 30), version(), false);
        assertThat(refused.status()).isEqualTo(409);
        assertThat((String) refused.map().get("detail")).contains(reason);
        assertThat(judge.client().get("/api/judging/assignments/" + assignmentId).map()).containsEntry("editable", false);
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> items(Map<String, Object> queue) {
        return (List<Map<String, Object>>) queue.get("items");
    }

    private long version() {
        return rounds.assignment(assignmentId).version();
    }

    private List<AuditEvent> scoreEvents() {
        return audit.history("assignment", assignmentId).stream().filter(e -> e.action().equals("judging.score")).toList();
    }

    private ApiClient.Response save(ApiClient client, Map<String, ?> scores, long version, boolean submit) {
        Map<String, Object> body = new HashMap<>(Map.of("scores", scores, "comment", "构思不错", "version", version));
        String path = "/api/judging/assignments/" + assignmentId;
        return submit ? client.post(path + "/submit", body) : client.put(path + "/draft", body);
    }

    private static Map<String, Object> expect(ApiClient.Response response, int status) {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        return response.map();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, String> fieldErrors(ApiClient.Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(400);
        Map<String, String> byField = new HashMap<>();
        ((List<Map<String, Object>>) response.map().get("errors"))
                .forEach(e -> byField.put((String) e.get("field"), (String) e.get("message")));
        return byField;
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
