package cn.pingxuan.entry;

import cn.pingxuan.account.DemoAccounts;
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
class EntryJourneyTest {

    @Inject
    EmbeddedServer server;
    @Inject
    JsonMapper json;
    @Inject
    MediaAssets assets;
    @Inject
    BlobStore blobs;

    private ApiClient organizer;
    private EntryFixtures.OpenContest contest;

    @BeforeEach
    void openAContest() {
        organizer = ApiClient.loggedIn(server, json, "organizer", DemoAccounts.PASSWORD);
        contest = EntryFixtures.openContest(organizer, false, Instant.now().plus(Duration.ofDays(7)));
    }

    @Test
    void aStudentDraftsUploadsSubmitsAndGetsACode() {
        ApiClient student = TestAccounts.newUser(server, json, "STUDENT", "软件2301班");
        long id = EntryFixtures.id(student.post("/api/entries", EntryFixtures.entryForm(contest, contest.videoCategory())));

        ApiClient.Response withoutFile = student.post("/api/entries/" + id + "/submit", Map.of());
        assertThat(withoutFile.status()).isEqualTo(400);
        assertThat(withoutFile.map().get("errors")).asList().extracting("field").containsExactly("file");

        EntryFixtures.attachFile(blobs, assets, id);
        Map<String, Object> submitted = student.post("/api/entries/" + id + "/submit", Map.of()).map();

        assertThat(submitted).containsEntry("status", "SUBMITTED").containsEntry("editable", true);
        assertThat((String) submitted.get("code")).matches("\\d{4}-V-\\d{4}");
        assertThat(submitted.get("files")).asList().extracting("fileName").containsExactly("作品.mp4");
        assertThat(student.get("/api/entries").list()).extracting("id").contains((Object) (int) id);

        Map<String, Object> withdrawn = student.post("/api/entries/" + id + "/withdraw", Map.of()).map();
        assertThat(withdrawn).containsEntry("status", "WITHDRAWN");
        Map<String, Object> again = student.post("/api/entries/" + id + "/submit", Map.of()).map();
        assertThat(again).containsEntry("status", "SUBMITTED").containsEntry("code", submitted.get("code"));
    }

    @Test
    void submittingNeedsEveryRequiredAnswerTheAdvisorAndThePledge() {
        ApiClient student = TestAccounts.newUser(server, json, "STUDENT", "软件2301班");
        Map<String, Object> form = EntryFixtures.entryForm(contest, contest.essayCategory());
        form.put("formData", Map.of());
        form.put("advisorName", "");
        form.put("pledgeAccepted", false);
        long id = EntryFixtures.id(student.post("/api/entries", form));
        EntryFixtures.attachFile(blobs, assets, id);

        ApiClient.Response incomplete = student.post("/api/entries/" + id + "/submit", Map.of());

        assertThat(incomplete.status()).isEqualTo(400);
        assertThat(incomplete.map().get("errors")).asList().extracting("field")
                .containsExactlyInAnyOrder("formData.major_class", "advisorName", "pledgeAccepted");
        assertThat(incomplete.body()).contains("请填写“专业班级”").contains("本比赛要求填写指导老师").contains("请阅读并同意原创承诺");
    }

    @Test
    void answersAndTeamsAreCheckedFieldByField() {
        ApiClient student = TestAccounts.newUser(server, json, "STUDENT", "软件2301班");
        Map<String, Object> form = EntryFixtures.entryForm(contest, contest.videoCategory());
        form.put("formData", Map.of("major_class", "x".repeat(201), "grade", "研一", "unknown", "?"));
        form.put("members", List.of(Map.of("username", "no-such-user"), Map.of("name", ""),
                Map.of("name", "王五", "unitName", "外校"), Map.of("name", "赵六")));
        form.put("title", "");

        ApiClient.Response refused = student.post("/api/entries", form);

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.map().get("errors")).asList().extracting("field").contains("title");
        form.put("title", "好作品");
        ApiClient.Response details = student.post("/api/entries", form);
        assertThat(details.map().get("errors")).asList().extracting("field").containsExactlyInAnyOrder(
                "formData.major_class", "formData.grade", "formData.unknown", "members", "members[0].username", "members[1].name");
    }

    @Test
    void aFieldInsideAListIsNamedWithItsIndex() {
        ApiClient student = TestAccounts.newUser(server, json, "STUDENT", "软件2301班");
        Map<String, Object> form = EntryFixtures.entryForm(contest, contest.videoCategory());
        form.put("members", List.of(Map.of("name", "王五"), Map.of("name", "名".repeat(60))));

        ApiClient.Response refused = student.post("/api/entries", form);

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.map().get("errors")).asList().extracting("field").containsExactly("members[1].name");
    }

    @Test
    void aStudentCannotSeeOrTouchSomeoneElsesEntry() {
        ApiClient owner = TestAccounts.newUser(server, json, "STUDENT", "软件2301班");
        ApiClient other = TestAccounts.newUser(server, json, "STUDENT", "软件2301班");
        long id = EntryFixtures.id(owner.post("/api/entries", EntryFixtures.entryForm(contest, contest.videoCategory())));

        assertThat(other.get("/api/entries/" + id).status()).isEqualTo(404);
        assertThat(other.put("/api/entries/" + id, EntryFixtures.entryForm(contest, contest.videoCategory())).status()).isEqualTo(404);
        assertThat(other.post("/api/entries/" + id + "/submit", Map.of()).status()).isEqualTo(404);
        assertThat(other.post("/api/entries/" + id + "/withdraw", Map.of()).status()).isEqualTo(404);
        assertThat(other.delete("/api/entries/" + id).status()).isEqualTo(404);
        assertThat(other.get("/api/entries").list()).isEmpty();
    }

    @Test
    void aTeamMemberSeesTheEntryButCannotEditIt() {
        ApiClient owner = TestAccounts.newUser(server, json, "STUDENT", "软件2301班");
        ApiClient mate = TestAccounts.newUser(server, json, "STUDENT", "软件2302班");
        String mateName = (String) mate.get("/api/me").map().get("username");
        Map<String, Object> form = EntryFixtures.entryForm(contest, contest.videoCategory());
        form.put("members", List.of(Map.of("username", mateName), Map.of("name", "校外同学", "unitName", "某中学")));
        long id = EntryFixtures.id(owner.post("/api/entries", form));

        Map<String, Object> seen = mate.get("/api/entries/" + id).map();
        assertThat(seen.get("members")).asList().extracting("name").hasSize(2).contains("校外同学");
        assertThat(mate.put("/api/entries/" + id, form).status()).isEqualTo(404);
    }

    @Test
    void limitsPerStudentAndParticipationScopeHold() {
        ApiClient student = TestAccounts.newUser(server, json, "STUDENT", "软件2301班");
        for (int i = 0; i < 2; i++) {
            EntryFixtures.id(student.post("/api/entries", EntryFixtures.entryForm(contest, contest.videoCategory())));
        }
        ApiClient.Response third = student.post("/api/entries", EntryFixtures.entryForm(contest, contest.videoCategory()));
        assertThat(third.status()).isEqualTo(409);
        assertThat(third.map()).containsEntry("detail", "每人在“短视频”类别最多报名 2 件作品");
        assertThat(student.post("/api/entries", EntryFixtures.entryForm(contest, contest.essayCategory())).status())
                .as("the limit is per category").isEqualTo(201);

        ApiClient judge = ApiClient.loggedIn(server, json, "judge", DemoAccounts.PASSWORD);
        assertThat(judge.post("/api/entries", EntryFixtures.entryForm(contest, contest.videoCategory())).status()).isEqualTo(403);
    }

    @Test
    void aStudentOutsideTheParticipatingUnitsCannotEnter() {
        ApiClient admin = ApiClient.loggedIn(server, json, "admin", DemoAccounts.PASSWORD);
        String school = "他校" + System.nanoTime();
        admin.post("/api/admin/units", Map.of("name", school, "kind", "SCHOOL"));
        ApiClient outsider = TestAccounts.newUser(server, json, "STUDENT", school);

        ApiClient.Response refused = outsider.post("/api/entries", EntryFixtures.entryForm(contest, contest.videoCategory()));

        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.map()).containsEntry("detail", "你所在的单位不在本比赛的参赛范围内");
    }
}
