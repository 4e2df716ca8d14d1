package cn.pingxuan.entry;

import cn.pingxuan.account.DemoAccounts;
import cn.pingxuan.common.AuditEvent;
import cn.pingxuan.common.AuditLog;
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

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest(transactional = false)
@Tag("db")
class ScreeningTest {

    @Inject
    EmbeddedServer server;
    @Inject
    JsonMapper json;
    @Inject
    MediaAssets assets;
    @Inject
    BlobStore blobs;
    @Inject
    AuditLog audit;

    private ApiClient organizer;

    @BeforeEach
    void signIn() {
        organizer = ApiClient.loggedIn(server, json, "organizer", DemoAccounts.PASSWORD);
    }

    @Test
    void aRejectedStudentSeesTheReasonFixesAndIsApproved() {
        EntryFixtures.OpenContest contest = EntryFixtures.openContest(organizer, false, Instant.now().plus(Duration.ofDays(3)));
        ApiClient student = TestAccounts.newUser(server, json, "STUDENT", "软件2301班");
        long id = submitted(student, contest, contest.videoCategory());
        String base = "/api/contests/" + contest.id() + "/screening";

        Map<String, Object> listing = organizer.get(base + "?status=SUBMITTED").map();
        assertThat(listing.get("items")).asList().extracting("id").contains((int) id);

        ApiClient.Response noReason = organizer.post(base + "/" + id + "/review", Map.of("verdict", "REJECT"));
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.map()).containsEntry("detail", "请填写不通过的原因，学生会看到它");

        organizer.post(base + "/" + id + "/review", Map.of("verdict", "REJECT", "reason", "作品时长超过要求，请剪辑后重新提交"));
        assertThat(student.get("/api/entries/" + id).map()).containsEntry("status", "REJECTED")
                .containsEntry("rejectReason", "作品时长超过要求，请剪辑后重新提交");

        assertThat(student.post("/api/entries/" + id + "/submit", Map.of()).map()).containsEntry("status", "SUBMITTED")
                .containsEntry("rejectReason", null);
        assertThat(organizer.post(base + "/" + id + "/review", Map.of("verdict", "APPROVE")).map()).containsEntry("status", "ELIGIBLE");

        Map<String, Object> edited = student.put("/api/entries/" + id, EntryFixtures.entryForm(contest, contest.videoCategory())).map();
        assertThat(edited).as("a change after approval goes back for review").containsEntry("status", "SUBMITTED");
        assertThat(audit.history("entry", id)).extracting(AuditEvent::action)
                .containsSubsequence("entry.update", "entry.approve", "entry.submit", "entry.reject", "entry.submit");
    }

    @Test
    void bulkApprovalSkipsWhatIsNotWaiting() {
        EntryFixtures.OpenContest contest = EntryFixtures.openContest(organizer, false, Instant.now().plus(Duration.ofDays(3)));
        ApiClient student = TestAccounts.newUser(server, json, "STUDENT", "软件2301班");
        long first = submitted(student, contest, contest.videoCategory());
        long second = submitted(student, contest, contest.essayCategory());
        long draft = EntryFixtures.id(student.post("/api/entries", EntryFixtures.entryForm(contest, contest.videoCategory())));

        Map<String, Object> result = organizer.post("/api/contests/" + contest.id() + "/screening/approve-all",
                Map.of("entryIds", List.of(first, second, draft, 99_999_999L))).map();

        assertThat(result).containsEntry("approved", 2);
        assertThat(result.get("skipped")).asList().extracting("entryId").containsExactly((int) draft, 99_999_999);
        assertThat(student.get("/api/entries/" + first).map()).containsEntry("status", "ELIGIBLE");
    }

    @Test
    void unitAdminsRecommendWithinTheirQuotaAndOnlyTheirOwnUnits() {
        EntryFixtures.OpenContest contest = EntryFixtures.openContest(organizer, true, Instant.now().plus(Duration.ofDays(3)));
        ApiClient csStudent = TestAccounts.newUser(server, json, "STUDENT", "软件2301班");
        ApiClient litStudent = TestAccounts.newUser(server, json, "STUDENT", "汉语言2301班");
        long cs1 = eligible(csStudent, contest);
        long cs2 = eligible(TestAccounts.newUser(server, json, "STUDENT", "软件2302班"), contest);
        long lit = eligible(litStudent, contest);
        ApiClient unitAdmin = ApiClient.loggedIn(server, json, "unitadmin", DemoAccounts.PASSWORD);
        String base = "/api/contests/" + contest.id() + "/screening";

        Map<String, Object> visible = unitAdmin.get(base + "?size=100").map();
        assertThat(visible.get("items")).asList().extracting("id").containsExactlyInAnyOrder((int) cs1, (int) cs2);
        assertThat(unitAdmin.post(base + "/" + cs1 + "/review", Map.of("verdict", "APPROVE")).status())
                .as("unit admins recommend; organizers review").isEqualTo(403);

        assertThat(unitAdmin.post(base + "/" + cs1 + "/recommendation", Map.of()).map()).containsEntry("status", "RECOMMENDED");
        ApiClient.Response overQuota = unitAdmin.post(base + "/" + cs2 + "/recommendation", Map.of());
        assertThat(overQuota.status()).isEqualTo(409);
        assertThat(overQuota.map()).containsEntry("detail", "“短视频”类别的推荐名额（1 个）已用完");
        assertThat(unitAdmin.post(base + "/" + lit + "/recommendation", Map.of()).status()).isEqualTo(403);

        assertThat(unitAdmin.delete(base + "/" + cs1 + "/recommendation").map()).containsEntry("status", "ELIGIBLE");
        assertThat(unitAdmin.post(base + "/" + cs2 + "/recommendation", Map.of()).map()).containsEntry("status", "RECOMMENDED");
        assertThat(csStudent.get("/api/entries/" + cs1).map()).containsEntry("status", "ELIGIBLE");
        assertThat(audit.history("entry", cs1)).extracting(AuditEvent::action)
                .containsSubsequence("entry.recommend.withdraw", "entry.recommend", "entry.approve");
    }

    @Test
    void strangersCannotScreen() {
        EntryFixtures.OpenContest contest = EntryFixtures.openContest(organizer, false, Instant.now().plus(Duration.ofDays(3)));
        ApiClient student = TestAccounts.newUser(server, json, "STUDENT", "软件2301班");
        long id = submitted(student, contest, contest.videoCategory());
        String base = "/api/contests/" + contest.id() + "/screening";

        assertThat(student.get(base).status()).isEqualTo(403);
        assertThat(student.post(base + "/" + id + "/review", Map.of("verdict", "APPROVE")).status()).isEqualTo(403);
        assertThat(ApiClient.loggedIn(server, json, "judge", DemoAccounts.PASSWORD).get(base).status()).isEqualTo(403);
        assertThat(new ApiClient(server, json).get(base).status()).isEqualTo(401);
    }

    private long submitted(ApiClient student, EntryFixtures.OpenContest contest, long category) {
        long id = EntryFixtures.id(student.post("/api/entries", EntryFixtures.entryForm(contest, category)));
        EntryFixtures.attachFile(blobs, assets, id);
        ApiClient.Response submitted = student.post("/api/entries/" + id + "/submit", Map.of());
        assertThat(submitted.status()).as(submitted.body()).isEqualTo(200);
        return id;
    }

    private long eligible(ApiClient student, EntryFixtures.OpenContest contest) {
        long id = submitted(student, contest, contest.videoCategory());
        organizer.post("/api/contests/" + contest.id() + "/screening/" + id + "/review", Map.of("verdict", "APPROVE"));
        return id;
    }
}
