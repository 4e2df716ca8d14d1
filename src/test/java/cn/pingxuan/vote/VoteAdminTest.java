package cn.pingxuan.vote;

import cn.pingxuan.common.AuditEvent;
import cn.pingxuan.common.AuditLog;
import cn.pingxuan.judging.JudgingFixtures;
import cn.pingxuan.media.MediaAssets;
import cn.pingxuan.storage.BlobStore;
import cn.pingxuan.support.ApiClient;
import cn.pingxuan.support.TestAccounts;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The organizer's side: settings with their rules, the public work page and media, the anomaly report and voiding. */
@MicronautTest(transactional = false)
@Tag("db")
class VoteAdminTest {

    @Inject
    EmbeddedServer server;
    @Inject
    JsonMapper json;
    @Inject
    BlobStore blobs;
    @Inject
    MediaAssets assets;
    @Inject
    VoteRepository votes;
    @Inject
    VoteTally tally;
    @Inject
    AuditLog audit;

    @Test
    void settingsAreCheckedAndFrozenOnceTheVoteHasOpened() {
        JudgingFixtures.Stage stage = JudgingFixtures.eligibleVideos(server, json, blobs, assets, 1);
        String path = "/api/organize/contests/" + stage.contestId() + "/vote-setting";
        assertThat(stage.organizer().get(path).map()).containsEntry("configured", false).containsEntry("enabled", false);
        assertThat(new ApiClient(server, json).get("/api/contests/" + stage.contestId() + "/vote").status()).isEqualTo(404);

        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        Map<String, Object> bad = VoteFixtures.form(now, now.minusSeconds(60), 0, true);
        bad.put("scoreShare", 60);
        ApiClient.Response invalid = stage.organizer().put(path, bad);
        assertThat(invalid.status()).isEqualTo(400);
        assertThat(invalid.body()).contains("closesAt", "dailyVotes", "scoreShare", "投票结束时间必须晚于开始时间");
        ApiClient student = stage.works().student();
        assertThat(student.put(path, VoteFixtures.form(now, now.plusSeconds(3600), 3, true)).status()).isEqualTo(403);

        Instant opens = now.minusSeconds(60);
        Map<String, Object> form = VoteFixtures.form(opens, now.plusSeconds(3600), 3, true);
        form.put("scoreShare", 10);
        Map<String, Object> saved = JudgingFixtures.expect(stage.organizer().put(path, form), 200).map();
        assertThat(saved).containsEntry("frozen", true).containsEntry("dailyVotes", 3);

        form.put("dailyVotes", 5);
        ApiClient.Response frozen = stage.organizer().put(path, form);
        assertThat(frozen.status()).isEqualTo(409);
        assertThat(frozen.map()).containsEntry("detail", "投票已经开始，不能再修改此项");
        form.put("dailyVotes", 3);
        form.put("closesAt", now.plusSeconds(7200).toString());
        form.put("hideCounts", false);
        assertThat(JudgingFixtures.expect(stage.organizer().put(path, form), 200).map())
                .containsEntry("closesAt", now.plusSeconds(7200).toString()).containsEntry("hideCounts", false);
        assertThat(tally.scoreShare(stage.contestId())).isEqualByComparingTo("10");

        String base = "/api/organize/contests/" + stage.contestId();
        ApiClient judge = JudgingFixtures.judge(server, json, "软件2301班").client();
        for (String organizerOnly : List.of(path, base + "/vote-report", base + "/vote-log")) {
            assertThat(new ApiClient(server, json).get(organizerOnly).status()).as(organizerOnly).isEqualTo(401);
            assertThat(student.get(organizerOnly).status()).as(organizerOnly).isEqualTo(403);
            assertThat(judge.get(organizerOnly).status()).as(organizerOnly).isEqualTo(403);
        }
        assertThat(judge.post(base + "/vote-voids", Map.of("ip", "10.0.0.1", "reason", "越权测试")).status()).isEqualTo(403);
        assertThat(audit.history("contest", stage.contestId())).extracting(AuditEvent::action)
                .filteredOn("vote.setting"::equals).hasSize(2);
    }

    @Test
    void candidatesShowTheirRenditionsToAnyoneAndNothingElse() throws Exception {
        JudgingFixtures.Stage stage = JudgingFixtures.eligibleVideos(server, json, blobs, assets, 1);
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        String slug = VoteFixtures.enable(stage, VoteFixtures.form(now, now.plusSeconds(3600), 3, false));
        long work = stage.entryIds().get(0);
        long draft = stage.works().newEntry(stage.videoCategory());
        ApiClient visitor = new ApiClient(server, json);
        String base = "/api/contests/" + slug + "/vote/works/";

        Map<String, Object> page = awaitRenditions(visitor, base + work);
        assertThat(page).containsEntry("code", stage.codes().get(0)).containsEntry("categoryName", "视频");
        List<Map<String, Object>> renditions = renditions(page);
        assertThat(renditions).extracting(r -> r.get("role")).contains("VIDEO_WEB", "POSTER").doesNotContain("ORIGINAL");
        long video = renditions.stream().filter(r -> r.get("role").equals("VIDEO_WEB"))
                .map(r -> ((Number) r.get("id")).longValue()).findFirst().orElseThrow();
        ApiClient.BinaryResponse file = visitor.getBinary(base + work + "/files/" + video, "Range", "bytes=0-99");
        assertThat(file.status()).isEqualTo(206);

        long original = assets.originals(work).get(0).id();
        assertThat(visitor.getBinary(base + work + "/files/" + original).status()).isEqualTo(404);
        assertThat(visitor.get(base + draft).status()).isEqualTo(404);
        assertThat(visitor.getBinary(base + draft + "/files/" + video).status()).isEqualTo(404);
        Map<String, Object> board = visitor.get("/api/contests/" + slug + "/vote").map();
        assertThat(board.toString()).doesNotContain("id=" + draft + ",").contains("thumbnailId");
    }

    @Test
    void theReportFindsABurstAndASharedAddressAndVoidingRemovesTheirVotes() {
        JudgingFixtures.Stage stage = JudgingFixtures.eligibleVideos(server, json, blobs, assets, 2);
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        VoteFixtures.enable(stage, VoteFixtures.form(now.minusSeconds(3600), now.plusSeconds(86_400), 3, true));
        long burstWork = stage.entryIds().get(0);
        long quietWork = stage.entryIds().get(1);
        List<Long> voters = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            voters.add(((Number) TestAccounts.newUser(server, json, "STUDENT", "软件2301班").get("/api/me").map().get("id"))
                    .longValue());
        }
        // 25 votes on one work within three minutes (five accounts over five days' keys), all from one address
        LocalDate today = LocalDate.now(VoteFixtures.SHANGHAI);
        Instant rush = now.minusSeconds(1800);
        int n = 0;
        for (long voter : voters) {
            for (int day = 0; day < 5; day++) {
                votes.save(new Vote(null, stage.contestId(), burstWork, voter, today.minusDays(day), "10.9.9.9",
                        "Bot/1.0", rush.plusSeconds(7L * n++)));
            }
        }
        votes.save(new Vote(null, stage.contestId(), quietWork, voters.get(0), today, "10.1.1.1", "Mozilla/5.0",
                now.minusSeconds(60)));

        String base = "/api/organize/contests/" + stage.contestId();
        Map<String, Object> report = JudgingFixtures.expect(stage.organizer().get(base + "/vote-report"), 200).map();
        assertThat(report).containsEntry("totalVotes", 26).containsEntry("voters", 5);
        assertThat(list(report, "totals").get(0)).containsEntry("entryId", (int) burstWork).containsEntry("votes", 25);
        assertThat(list(report, "bursts")).singleElement().satisfies(b -> {
            assertThat(b).containsEntry("entryId", (int) burstWork).containsEntry("code", stage.codes().get(0));
            assertThat(((Number) b.get("votes")).intValue()).isGreaterThanOrEqualTo(20);
        });
        assertThat(list(report, "addresses")).singleElement().satisfies(a -> {
            assertThat(a).containsEntry("value", "10.9.9.9").containsEntry("users", 5).containsEntry("votes", 25);
            assertThat(a.get("entries").toString()).contains("entryId=" + burstWork);
        });
        assertThat(list(report, "newAccounts")).extracting(a -> ((Number) a.get("userId")).longValue())
                .containsAll(voters);
        assertThat(stage.works().student().get(base + "/vote-report").status()).isEqualTo(403);

        Map<String, Object> log = stage.organizer().get(base + "/vote-log?page=0&size=10&ip=10.9.9.9").map();
        assertThat(log).containsEntry("total", 25);
        assertThat(list(log, "items")).hasSize(10).allSatisfy(line -> assertThat(line).containsEntry("userAgent", "Bot/1.0"));

        assertThat(stage.organizer().post(base + "/vote-voids", Map.of("ip", "10.9.9.9")).status()).isEqualTo(400);
        Map<String, Object> voided = JudgingFixtures.expect(stage.organizer().post(base + "/vote-voids",
                Map.of("ip", "10.9.9.9", "reason", "同一地址短时间内集中投票")), 200).map();
        assertThat(voided).containsEntry("voided", 25);
        assertThat(audit.history("contest", stage.contestId())).extracting(AuditEvent::detail)
                .anyMatch(d -> d != null && d.contains("IP 10.9.9.9 的 25 票作废：同一地址短时间内集中投票"));
        assertThat(tally.counts(stage.contestId())).doesNotContainKey(burstWork).containsEntry(quietWork, 1L);
        assertThat(JudgingFixtures.expect(stage.organizer().post(base + "/vote-voids",
                Map.of("userId", voters.get(0), "reason", "新注册账号刷票")), 200).map()).containsEntry("voided", 1);
        assertThat(tally.counts(stage.contestId())).isEmpty();
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> list(Map<String, Object> map, String key) {
        return (List<Map<String, Object>>) map.get(key);
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> renditions(Map<String, Object> page) {
        List<Map<String, Object>> files = list(page, "files");
        return files.isEmpty() ? List.of() : (List<Map<String, Object>>) files.get(0).get("renditions");
    }

    private static Map<String, Object> awaitRenditions(ApiClient visitor, String path) throws InterruptedException {
        Instant give = Instant.now().plus(Duration.ofSeconds(90));
        while (Instant.now().isBefore(give)) {
            Map<String, Object> page = JudgingFixtures.expect(visitor.get(path), 200).map();
            if (renditions(page).stream().anyMatch(r -> r.get("role").equals("VIDEO_WEB"))) {
                return page;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("no web video for " + path + " after 90 s");
    }
}
