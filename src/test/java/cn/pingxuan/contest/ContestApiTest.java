package cn.pingxuan.contest;

import cn.pingxuan.account.DemoAccounts;
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

import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest
@Tag("db")
class ContestApiTest {

    @Inject
    EmbeddedServer server;
    @Inject
    JsonMapper json;

    private ApiClient organizer;
    private long university;

    @BeforeEach
    void signIn() {
        organizer = ApiClient.loggedIn(server, json, "organizer", DemoAccounts.PASSWORD);
        university = unitId("示范大学");
    }

    @Test
    void aDraftIsHiddenUntilItOpensThenAnyoneCanReadIt() {
        Map<String, Object> created = create(ContestFixtures.openNow(university));
        long id = id(created);
        String slug = (String) created.get("slug");
        ApiClient visitor = new ApiClient(server, json);

        assertThat(created).containsEntry("status", "DRAFT").containsEntry("nextStatuses", List.of("OPEN"));
        assertThat(visitor.get("/api/contests/" + slug).status()).isEqualTo(404);
        assertThat(organizer.get("/api/contests/" + slug).status()).as("its organizers preview the draft").isEqualTo(200);
        assertThat(ids(visitor.get("/api/contests?size=100").map())).doesNotContain(id);

        assertThat(organizer.post("/api/organize/contests/" + id + "/status", Map.of("status", "OPEN")).status()).isEqualTo(200);

        Map<String, Object> page = visitor.get("/api/contests/" + slug).map();
        assertThat(page).containsEntry("status", "OPEN").containsEntry("acceptingSubmissions", true)
                .containsEntry("ownerUnitName", "示范大学").containsEntry("zone", "Asia/Shanghai");
        assertThat((String) page.get("descriptionHtml")).contains("<strong>网络文明</strong>").doesNotContain("<script");
        assertThat(page.get("categories")).asList().extracting("name").containsExactly("短视频", "征文");
        assertThat(page.get("formFields")).asList().extracting("label").containsExactly("专业班级", "联系电话", "年级");
        assertThat((String) page.get("originalityPledge")).startsWith("本人承诺");
        assertThat(ids(visitor.get("/api/contests?size=100").map())).contains(id);
    }

    @Test
    void statusMovesOnlyAlongAllowedEdges() {
        long id = id(create(ContestFixtures.openNow(university)));

        ApiClient.Response skip = organizer.post("/api/organize/contests/" + id + "/status", Map.of("status", "JUDGING"));
        assertThat(skip.status()).isEqualTo(409);
        assertThat(skip.map()).containsEntry("detail", "比赛当前状态为“草稿”，不能改为“评审中”");

        for (String next : List.of("OPEN", "CLOSED", "JUDGING")) {
            ApiClient.Response moved = organizer.post("/api/organize/contests/" + id + "/status", Map.of("status", next));
            assertThat(moved.status()).as(next + ": " + moved.body()).isEqualTo(200);
            assertThat(moved.map().get("nextStatuses")).asList().doesNotContain("PUBLICITY", "PUBLISHED");
        }
        ApiClient.Response publicity = organizer.post("/api/organize/contests/" + id + "/status", Map.of("status", "PUBLICITY"));
        assertThat(publicity.status()).as("publicity starts from the results page, which checks the awards").isEqualTo(409);
        assertThat(publicity.map().get("detail")).asString().contains("评奖与公示");
        assertThat(organizer.post("/api/organize/contests/" + id + "/status", Map.of("status", "OPEN")).status()).isEqualTo(409);
    }

    @Test
    void openingNeedsACategoryAndAFutureDeadline() {
        Map<String, Object> noCategories = ContestFixtures.openNow(university);
        noCategories.put("categories", List.of());
        long empty = id(create(noCategories));
        Instant now = Instant.now();
        long past = id(create(ContestFixtures.contestForm(university, now.minus(Duration.ofDays(10)), now.minus(Duration.ofDays(1)))));

        assertThat(organizer.post("/api/organize/contests/" + empty + "/status", Map.of("status", "OPEN")).map())
                .containsEntry("detail", "请至少设置一个作品类别后再开放征集");
        assertThat(organizer.post("/api/organize/contests/" + past + "/status", Map.of("status", "OPEN")).map())
                .containsEntry("detail", "征集截止时间已过，请先修改截止时间再开放征集");
    }

    @Test
    void categoriesAreEditedAsPartOfTheContest() {
        Map<String, Object> created = create(ContestFixtures.openNow(university));
        long id = id(created);
        List<Map<String, Object>> categories = (List<Map<String, Object>>) created.get("categories");
        Map<String, Object> form = ContestFixtures.openNow(university);
        Map<String, Object> video = new HashMap<>(categories.get(0));
        video.put("maxDurationSec", 180);
        form.put("categories", List.of(video, Map.of("name", "海报", "kind", "IMAGE", "maxBytes", 20L * 1024 * 1024,
                "formats", List.of("jpg", "png"), "maxImages", 4)));

        Map<String, Object> updated = organizer.put("/api/organize/contests/" + id, form).map();

        assertThat(updated.get("categories")).asList().extracting("name").containsExactly("短视频", "海报");
        assertThat(updated.get("categories")).asList().extracting("id").first().isEqualTo(categories.get(0).get("id"));
        assertThat(updated.get("categories")).asList().extracting("maxDurationSec").first().isEqualTo(180);
    }

    @Test
    void badFormsNameEveryWrongField() {
        Instant now = Instant.now();
        Map<String, Object> form = ContestFixtures.contestForm(university, now, now.minus(Duration.ofHours(1)));
        form.put("slug", "Bad Slug!");
        form.put("categories", List.of(
                Map.of("name", "视频", "kind", "VIDEO", "maxBytes", 10, "formats", List.of("exe")),
                Map.of("name", "视频", "kind", "ESSAY", "maxBytes", 2048, "formats", List.of("txt"), "minChars", 500, "maxChars", 100)));
        form.put("formFields", List.of(Map.of("key", "Phone", "label", "", "type", "SINGLE_CHOICE", "required", true)));

        ApiClient.Response refused = organizer.post("/api/organize/contests", form);

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.map().get("errors")).asList().extracting("field").contains(
                "slug", "submissionClosesAt", "categories[0].maxBytes", "categories[0].formats", "categories[1].name",
                "categories[1].minChars", "formFields[0].key", "formFields[0].label", "formFields[0].options");
        assertThat(refused.body()).contains("征集截止时间必须晚于开始时间").contains("视频类别不支持格式“exe”");
    }

    @Test
    void onlyOrganizersOfTheOwningUnitsManageAContest() {
        long id = id(create(ContestFixtures.openNow(university)));
        ApiClient student = ApiClient.loggedIn(server, json, "student", DemoAccounts.PASSWORD);
        ApiClient unitAdmin = ApiClient.loggedIn(server, json, "unitadmin", DemoAccounts.PASSWORD);
        ApiClient admin = ApiClient.loggedIn(server, json, "admin", DemoAccounts.PASSWORD);

        assertThat(student.post("/api/organize/contests", ContestFixtures.openNow(university)).status()).isEqualTo(403);
        assertThat(unitAdmin.put("/api/organize/contests/" + id, ContestFixtures.openNow(university)).status()).isEqualTo(403);
        assertThat(student.get("/api/organize/contests").status()).isEqualTo(403);
        assertThat(admin.post("/api/organize/contests/" + id + "/status", Map.of("status", "OPEN")).status()).isEqualTo(200);

        Map<String, Object> outside = ContestFixtures.openNow(university);
        outside.put("participantUnitId", unitIdOutside(admin));
        ApiClient.Response refused = organizer.post("/api/organize/contests", outside);
        assertThat(refused.map().get("errors")).asList().extracting("field").contains("participantUnitId");
    }

    private long unitIdOutside(ApiClient admin) {
        Map<String, Object> created = admin.post("/api/admin/units", Map.of("name", "外校" + System.nanoTime(), "kind", "UNIVERSITY")).map();
        return ((Number) created.get("id")).longValue();
    }

    private Map<String, Object> create(Map<String, Object> form) {
        ApiClient.Response created = organizer.post("/api/organize/contests", form);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.map();
    }

    private long unitId(String name) {
        return organizer.get("/api/units").list().stream().filter(u -> name.equals(u.get("name")))
                .map(u -> ((Number) u.get("id")).longValue()).findFirst().orElseThrow();
    }

    private static long id(Map<String, Object> contest) {
        return ((Number) contest.get("id")).longValue();
    }

    @SuppressWarnings("unchecked")
    private static List<Long> ids(Map<String, Object> page) {
        return ((List<Map<String, Object>>) page.get("items")).stream().map(c -> ((Number) c.get("id")).longValue()).toList();
    }
}
