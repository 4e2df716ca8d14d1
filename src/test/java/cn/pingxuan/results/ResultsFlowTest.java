package cn.pingxuan.results;

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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static cn.pingxuan.judging.JudgingFixtures.expect;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * From a locked final round to published results through the API: tiers by count and percentage, a tie at a tier
 * edge decided explicitly, a manual change with its reason, the publicity period with objections, publication.
 */
@MicronautTest(transactional = false)
@Tag("db")
class ResultsFlowTest {

    /** Totals 90, 75, 75 (tied, same 创意), 50, 25. */
    private static final double[][] SHEETS = {{36, 18}, {30, 15}, {30, 15}, {20, 10}, {10, 5}};

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
    void tiersAreAllocatedPublicisedObjectedToAndPublished() throws InterruptedException {
        JudgingFixtures.Stage stage = JudgingFixtures.eligibleVideos(server, json, blobs, assets, SHEETS.length);
        ResultsFixtures.lockedRound(server, json, stage, SHEETS);
        ApiClient organizer = stage.organizer();
        String base = "/api/organize/contests/" + stage.contestId();
        List<Long> e = stage.entryIds();
        String slug = (String) organizer.get("/api/contests/" + stage.contestId()).map().get("slug");

        Map<String, Object> badTiers = organizer.put(base + "/award-tiers", Map.of("tiers", List.of(
                tier("一等奖", "COUNT", 1.5), tier("二等奖", "PERCENT", 120)))).map();
        assertThat(badTiers).containsEntry("status", 400).containsEntry("detail", "名额必须是不超过 10000 的整数");
        assertThat(badTiers.get("errors")).asList().hasSize(2);

        List<Map<String, Object>> tiers = expect(organizer.put(base + "/award-tiers", Map.of("tiers", List.of(
                tier("一等奖", "COUNT", 1), tier("二等奖", "COUNT", 1), tier("三等奖", "PERCENT", 40)))), 200).list();
        long second = id(tiers.get(1));
        long third = id(tiers.get(2));

        Map<String, Object> preview = expect(organizer.post(base + "/awards/preview", Map.of()), 200).map();
        assertThat(preview).containsEntry("complete", false);
        Map<String, Object> section = sections(preview).get(0);
        assertThat(section.get("tiers")).asList().extracting("seats").containsExactly(1, 1, 2);
        assertThat(section.get("ties")).asList().singleElement().satisfies(tie -> assertThat((Map<String, Object>) tie)
                .containsEntry("tierName", "二等奖").containsEntry("placing", 2).containsEntry("seats", 1)
                .containsEntry("entryIds", List.of(e.get(1).intValue(), e.get(2).intValue())));
        ApiClient.Response undecided = organizer.post(base + "/awards/allocate", Map.of());
        assertThat(undecided.status()).isEqualTo(409);
        assertThat(undecided.map()).containsEntry("type", "https://pingxuan.cn/problems/tie-undecided");
        assertThat((String) undecided.map().get("detail")).contains("“二等奖”第 2 名并列 2 件");
        assertThat(organizer.get(base + "/awards").list()).as("nothing allocated while a tie is open").isEmpty();

        Map<String, Object> decisions = Map.of("decisions", List.of(Map.of("tierId", second, "placing", 2,
                "entryIds", List.of(e.get(1), e.get(2)))));
        Map<String, Object> allocated = expect(organizer.post(base + "/awards/allocate", decisions), 200).map();
        assertThat(allocated).containsEntry("complete", true);
        List<Map<String, Object>> awards = organizer.get(base + "/awards").list();
        assertThat(tierNames(awards)).isEqualTo(Map.of(e.get(0), "一等奖", e.get(1), "二等奖", e.get(2), "二等奖", e.get(3), "三等奖"));
        assertThat(awards).allSatisfy(a -> assertThat((String) a.get("certificateSerial")).matches("PX(-[0-9A-HJKMNP-TV-Z]{4}){3}"));

        long fourth = awardOf(awards, e.get(3));
        ApiClient.Response noReason = organizer.put("/api/organize/awards/" + fourth, Map.of("tierId", second));
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.map()).containsEntry("detail", "请填写调整理由（2–500 字）");
        expect(organizer.post(base + "/awards", Map.of("entryId", e.get(4), "tierId", third, "reason", "补评：复核后分数有误")), 201);
        assertThat(audit.history("award", awardOf(organizer.get(base + "/awards").list(), e.get(4))))
                .extracting("detail").anySatisfy(d -> assertThat((String) d).contains("无 → 三等奖", "复核后分数有误"));

        ApiClient visitor = new ApiClient(server, json);
        assertThat(visitor.get("/api/contests/" + slug + "/publicity").status()).as("nothing public before publicity").isEqualTo(404);
        assertThat(organizer.post(base + "/status", Map.of("status", "PUBLICITY")).status()).isEqualTo(409);

        expect(organizer.put(base + "/results/display", Map.of("showAuthors", false, "showUnit", true, "showAdvisor", true)), 200);
        Instant endsAt = Instant.now().plusSeconds(3);
        Map<String, Object> publicity = expect(organizer.post(base + "/publicity", Map.of("endsAt", endsAt.toString())), 200).map();
        assertThat(publicity).containsEntry("status", "PUBLICITY").containsEntry("activeAwards", 5);

        Map<String, Object> list = expect(visitor.get("/api/contests/" + slug + "/publicity"), 200).map();
        assertThat(list).containsEntry("acceptingObjections", true).containsEntry("published", false);
        List<Map<String, Object>> listed = works(list);
        assertThat(listed).extracting("title").contains("网络文明微视频 1", "网络文明微视频 5");
        assertThat(listed).allSatisfy(w -> assertThat(w.get("authors")).as("authors hidden by the display settings").isNull());
        assertThat(listed).allSatisfy(w -> assertThat((String) w.get("unitName")).contains("软件2301班"));

        ApiClient student = TestAccounts.newUser(server, json, "STUDENT", "软件2301班");
        assertThat(visitor.post("/api/contests/" + slug + "/objections", Map.of("entryId", e.get(1), "body", "该作品与某网站视频高度相似，疑似抄袭。"))
                .status()).isEqualTo(401);
        assertThat(student.post("/api/contests/" + slug + "/objections", Map.of("entryId", e.get(1), "body", "太短")).map())
                .containsEntry("detail", "请写明异议的事实和理由（10–2000 字）");
        long upheld = id(expect(student.post("/api/contests/" + slug + "/objections",
                Map.of("entryId", e.get(1), "body", "该作品片尾使用的配乐未获授权，与参赛规则第五条不符。")), 201).map());
        assertThat(student.post("/api/contests/" + slug + "/objections",
                Map.of("entryId", e.get(1), "body", "再次提出：该作品片尾使用的配乐未获授权。")).status())
                .as("one open objection per work and user").isEqualTo(409);
        long dismissed = id(expect(student.post("/api/contests/" + slug + "/objections",
                Map.of("entryId", e.get(0), "body", "我认为这个作品的分数太高了，请复核评分。")), 201).map());
        assertThat(student.get("/api/contests/" + slug + "/objections/mine").list()).hasSize(2)
                .allSatisfy(o -> assertThat(o.get("byName")).isNull());

        ApiClient.Response early = organizer.post(base + "/publish", Map.of());
        assertThat(early.status()).isEqualTo(409);
        assertThat((String) early.map().get("detail")).contains("结束后才能发布最终结果");

        expect(organizer.post("/api/organize/objections/" + upheld + "/answer", Map.of("outcome", "UPHELD",
                "response", "经核实配乐未获授权，取消该作品奖项。", "action", "REVOKE")), 200);
        assertThat(works(visitor.get("/api/contests/" + slug + "/publicity").map())).extracting("entryId")
                .as("a revoked award leaves the list at once").doesNotContain(e.get(1).intValue());
        assertThat(organizer.post("/api/organize/objections/" + dismissed + "/answer", Map.of("outcome", "DISMISSED",
                "response", "评分经复核无误。", "action", "REVOKE")).map()).containsEntry("detail", "异议不成立时不能调整奖项");

        Thread.sleep(Math.max(0, Duration.between(Instant.now(), endsAt).toMillis() + 200));
        assertThat(student.post("/api/contests/" + slug + "/objections",
                Map.of("entryId", e.get(2), "body", "公示期结束后提出的异议不应被受理。")).map())
                .containsEntry("detail", "公示期已结束，不再受理异议");
        ApiClient.Response openObjection = organizer.post(base + "/publish", Map.of());
        assertThat(openObjection.map()).containsEntry("detail", "还有 1 条异议没有答复，请先答复");

        Map<String, Object> answered = expect(organizer.post("/api/organize/objections/" + dismissed + "/answer",
                Map.of("outcome", "DISMISSED", "response", "评分经复核无误。")), 200).map();
        assertThat(answered).containsEntry("status", "DISMISSED").containsEntry("byName", student.get("/api/me").map().get("displayName"));
        assertThat(student.get("/api/contests/" + slug + "/objections/mine").list()).extracting("statusLabel")
                .containsExactly("异议成立", "异议不成立");

        Map<String, Object> published = expect(organizer.post(base + "/publish", Map.of()), 200).map();
        assertThat(published).containsEntry("status", "PUBLISHED");
        assertThat(published.get("publishedAt")).isNotNull();
        assertThat(expect(visitor.get("/api/contests/" + slug + "/publicity"), 200).map()).containsEntry("published", true)
                .containsEntry("acceptingObjections", false);
        assertThat(stage.works().student().get("/api/entries/" + e.get(0)).map()).containsEntry("status", "AWARDED");
        assertThat(stage.works().student().get("/api/me/notices").map().get("items")).asList().extracting("title")
                .as("the student hears of the award, tier included").contains("一等奖：《网络文明微视频 1》");
        assertThat(organizer.put("/api/organize/awards/" + fourth, Map.of("tierId", second, "reason", "发布后再改")).status())
                .as("after publication an award can only be revoked").isEqualTo(409);
        expect(organizer.post("/api/organize/awards/" + fourth + "/revoke", Map.of("reason", "获奖后发现重复参赛")), 200);
        assertThat(works(visitor.get("/api/contests/" + slug + "/publicity").map())).extracting("entryId")
                .doesNotContain(e.get(3).intValue());
    }

    @Test
    void onlyTheContestsOrganizersRunItsResults() {
        JudgingFixtures.Stage stage = JudgingFixtures.eligibleVideos(server, json, blobs, assets, 1);
        String base = "/api/organize/contests/" + stage.contestId();
        ApiClient otherOrganizer = TestAccounts.newUser(server, json, "ORGANIZER", "文学院");

        assertThat(stage.works().student().get(base + "/results").status()).isEqualTo(403);
        assertThat(otherOrganizer.put(base + "/award-tiers", Map.of("tiers", List.of(tier("一等奖", "COUNT", 1)))).status())
                .isEqualTo(403);
        assertThat(stage.organizer().post(base + "/awards/preview", Map.of()).map())
                .as("no tiers yet").containsEntry("detail", "请先设置奖项等级");
    }

    private static Map<String, Object> tier(String name, String kind, double value) {
        Map<String, Object> tier = new HashMap<>();
        tier.put("name", name);
        tier.put("basis", "SCORE");
        tier.put("quotaKind", kind);
        tier.put("quotaValue", value);
        return tier;
    }

    private static long id(Map<String, Object> map) {
        return ((Number) map.get("id")).longValue();
    }

    private static long awardOf(List<Map<String, Object>> awards, long entryId) {
        return awards.stream().filter(a -> ((Number) a.get("entryId")).longValue() == entryId).map(ResultsFlowTest::id)
                .findFirst().orElseThrow();
    }

    private static Map<Long, String> tierNames(List<Map<String, Object>> awards) {
        return awards.stream().collect(Collectors.toMap(a -> ((Number) a.get("entryId")).longValue(), a -> (String) a.get("tierName")));
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> sections(Map<String, Object> view) {
        return (List<Map<String, Object>>) view.get("sections");
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> works(Map<String, Object> list) {
        return ((List<Map<String, Object>>) list.get("categories")).stream()
                .flatMap(c -> ((List<Map<String, Object>>) c.get("tiers")).stream())
                .flatMap(t -> ((List<Map<String, Object>>) t.get("works")).stream()).toList();
    }
}
