package cn.pingxuan.report;

import cn.pingxuan.common.AuditEvent;
import cn.pingxuan.common.AuditLog;
import cn.pingxuan.contest.ContestStatus;
import cn.pingxuan.judging.JudgingFixtures;
import cn.pingxuan.media.MediaAssets;
import cn.pingxuan.media.MediaFixtures;
import cn.pingxuan.results.ResultsFixtures;
import cn.pingxuan.storage.BlobStore;
import cn.pingxuan.support.ApiClient;
import cn.pingxuan.support.TestAccounts;
import io.micronaut.context.ApplicationContext;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import static cn.pingxuan.judging.JudgingFixtures.expect;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Unit statistics on two fresh colleges under 示范大学: 甲 (a class of three students: two entries of s1, one awarded
 * 一等奖, one still in screening by s2, a draft by s3) and 乙 (two students directly in the college: one awarded 二等奖).
 */
@MicronautTest(transactional = false)
@Tag("db")
class UnitStatsApiTest {

    private static final AtomicLong SEQUENCE = new AtomicLong(System.nanoTime() % 1_000_000L);

    @Inject
    EmbeddedServer server;
    @Inject
    JsonMapper json;
    @Inject
    BlobStore blobs;
    @Inject
    MediaAssets assets;
    @Inject
    ApplicationContext context;
    @Inject
    AuditLog audit;

    @Test
    void countsPerUnitRollUpToTheLevelBelowTheParticipantUnit() throws IOException {
        ApiClient admin = ApiClient.loggedIn(server, json, "admin", TestAccounts.ADMIN_PASSWORD);
        long n = SEQUENCE.incrementAndGet();
        long university = TestAccounts.unitId(admin, "示范大学");
        long collegeA = unit(admin, university, "统计甲学院" + n, "COLLEGE");
        long classA = unit(admin, collegeA, "统计甲" + n + "班", "CLASS");
        long collegeB = unit(admin, university, "统计乙学院" + n, "COLLEGE");
        MediaFixtures.Works works = MediaFixtures.newContest(server, json);
        ApiClient s1 = TestAccounts.newUser(server, json, "STUDENT", "统计甲" + n + "班");
        ApiClient s2 = TestAccounts.newUser(server, json, "STUDENT", "统计甲" + n + "班");
        ApiClient s3 = TestAccounts.newUser(server, json, "STUDENT", "统计甲" + n + "班");
        ApiClient t1 = TestAccounts.newUser(server, json, "STUDENT", "统计乙学院" + n);
        TestAccounts.newUser(server, json, "STUDENT", "统计乙学院" + n);

        Submitted e1 = submit(works, s1, true);
        Submitted e2 = submit(works, s1, true);
        submit(works, s2, true);
        submit(works, s3, false);
        Submitted e4 = submit(works, t1, true);
        expect(works.organizer().post("/api/contests/" + works.contestId() + "/screening/approve-all",
                Map.of("entryIds", List.of(e1.id(), e2.id(), e4.id()))), 200);
        JudgingFixtures.Stage awarded = new JudgingFixtures.Stage(works, List.of(e1.id(), e4.id()), List.of(e1.code(), e4.code()));
        ResultsFixtures.awarded(context, awarded, ContestStatus.PUBLISHED);

        String base = "/api/organize/contests/" + works.contestId();
        Map<String, Object> stats = expect(works.organizer().get(base + "/unit-stats"), 200).map();
        assertThat(stats.get("tiers")).isEqualTo(List.of("一等奖", "二等奖"));
        assertThat(stats.get("trail")).asList().hasSize(1);
        Map<String, Object> a = row(stats, collegeA);
        assertThat(a).containsEntry("entries", 3).containsEntry("eligible", 2).containsEntry("recommended", 0)
                .containsEntry("awarded", 1).containsEntry("students", 3).containsEntry("participants", 2)
                .containsEntry("hasChildren", true).containsEntry("awardsByTier", Map.of("一等奖", 1, "二等奖", 0));
        assertThat(((Number) a.get("participationRate")).doubleValue()).isEqualTo(0.6667);
        Map<String, Object> b = row(stats, collegeB);
        assertThat(b).containsEntry("entries", 1).containsEntry("eligible", 1).containsEntry("awarded", 1)
                .containsEntry("students", 2).containsEntry("participants", 1)
                .containsEntry("awardsByTier", Map.of("一等奖", 0, "二等奖", 1)).containsEntry("unitAward", null);
        assertThat(((Number) b.get("participationRate")).doubleValue()).isEqualTo(0.5);

        Map<String, Object> drilled = expect(works.organizer().get(base + "/unit-stats?parentId=" + collegeA), 200).map();
        assertThat(((List<?>) drilled.get("trail")).stream().map(u -> (Object) ((Map<?, ?>) u).get("name")).toList())
                .containsExactly((Object) "示范大学", "统计甲学院" + n);
        assertThat(rows(drilled)).singleElement().satisfies(row -> assertThat(row)
                .containsEntry("unitId", (int) classA).containsEntry("entries", 3).containsEntry("students", 3));
        long elsewhere = unit(admin, null, "统计外部单位" + n, "OTHER");
        assertThat(works.organizer().get(base + "/unit-stats?parentId=" + elsewhere).status()).isEqualTo(404);

        Map<String, Object> mark = expect(works.organizer().put(base + "/unit-awards/" + collegeB,
                Map.of("note", "组织有力，参与面广")), 200).map();
        assertThat(mark).containsEntry("note", "组织有力，参与面广");
        assertThat(row(works.organizer().get(base + "/unit-stats").map(), collegeB).get("unitAward"))
                .asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.MAP).containsEntry("note", "组织有力，参与面广");

        List<CSVRecord> csv = csv(works.organizer().getBinary(base + "/exports/unit-stats.csv").body());
        assertThat(csv.get(0).toList()).containsExactly("单位", "单位路径", "作品数", "通过审查", "推荐", "获奖", "一等奖", "二等奖",
                "注册学生", "参赛学生", "参与率（%）", "优秀组织奖", "说明");
        CSVRecord bLine = csv.stream().filter(r -> r.get(0).equals("统计乙学院" + n)).findFirst().orElseThrow();
        assertThat(bLine.toList()).containsExactly("统计乙学院" + n, "示范大学 / 统计乙学院" + n, "1", "1", "0", "1", "0", "1",
                "2", "1", "50.0", "是", "组织有力，参与面广");
        assertThat(csv.get(csv.size() - 1).get(0)).isEqualTo("合计");
        ApiClient.BinaryResponse xlsx = works.organizer().getBinary(base + "/exports/unit-stats.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            assertThat(workbook.getSheetName(1)).isEqualTo("优秀组织奖");
            DataFormatter formatter = new DataFormatter();
            assertThat(formatter.formatCellValue(workbook.getSheetAt(1).getRow(1).getCell(0))).isEqualTo("示范大学 / 统计乙学院" + n);
            assertThat(formatter.formatCellValue(workbook.getSheetAt(1).getRow(1).getCell(1))).isEqualTo("组织有力，参与面广");
        }

        assertThat(works.organizer().delete(base + "/unit-awards/" + collegeB).status()).isEqualTo(204);
        assertThat(row(works.organizer().get(base + "/unit-stats").map(), collegeB)).containsEntry("unitAward", null);
        assertThat(works.organizer().delete(base + "/unit-awards/" + collegeB).status()).isEqualTo(404);
        assertThat(audit.history("contest", works.contestId())).extracting(AuditEvent::action)
                .contains("report.unit-award", "report.unit-award.remove", "report.export");
    }

    @Test
    void onlyTheContestsOrganizersSeeOrMarkUnits() {
        MediaFixtures.Works works = MediaFixtures.newContest(server, json);
        String base = "/api/organize/contests/" + works.contestId();
        long unit = TestAccounts.unitId(works.organizer(), "计算机学院");
        assertThat(works.student().get(base + "/unit-stats").status()).isEqualTo(403);
        assertThat(works.student().put(base + "/unit-awards/" + unit, Map.of("note", "")).status()).isEqualTo(403);
        ApiClient otherOrganizer = TestAccounts.newUser(server, json, "ORGANIZER", "文学院");
        assertThat(otherOrganizer.get(base + "/unit-stats").status()).isEqualTo(403);
        assertThat(otherOrganizer.put(base + "/unit-awards/" + unit, Map.of("note", "")).status()).isEqualTo(403);
        assertThat(otherOrganizer.getBinary(base + "/exports/unit-stats.xlsx").status()).isEqualTo(403);
        assertThat(works.organizer().put(base + "/unit-awards/" + unit, Map.of("note", "很".repeat(501))).status()).isEqualTo(400);
    }

    private record Submitted(long id, String code) {
    }

    private Submitted submit(MediaFixtures.Works works, ApiClient student, boolean submit) {
        Map<String, Object> entry = student.post("/api/entries", Map.of("contestId", works.contestId(),
                "categoryId", works.videoCategory(), "title", "单位统计作品", "pledgeAccepted", true)).map();
        long id = ((Number) entry.get("id")).longValue();
        try {
            MediaFixtures.attach(blobs, assets, id, Files.readAllBytes(MediaFixtures.TEST_VIDEO), "video/mp4", "作品.mp4");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (!submit) {
            return new Submitted(id, null);
        }
        return new Submitted(id, (String) expect(student.post("/api/entries/" + id + "/submit", Map.of()), 200).map().get("code"));
    }

    private static long unit(ApiClient admin, Long parentId, String name, String kind) {
        Map<String, Object> form = new HashMap<>();
        form.put("parentId", parentId);
        form.put("name", name);
        form.put("kind", kind);
        return JudgingFixtures.id(expect(admin.post("/api/admin/units", form), 201));
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> rows(Map<String, Object> stats) {
        return (List<Map<String, Object>>) stats.get("rows");
    }

    private static Map<String, Object> row(Map<String, Object> stats, long unitId) {
        return rows(stats).stream().filter(r -> ((Number) r.get("unitId")).longValue() == unitId).findFirst().orElseThrow();
    }

    private static List<CSVRecord> csv(byte[] body) throws IOException {
        String text = new String(body, 3, body.length - 3, StandardCharsets.UTF_8);
        return CSVFormat.RFC4180.parse(new StringReader(text)).getRecords();
    }
}
