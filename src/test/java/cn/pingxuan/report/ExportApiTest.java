package cn.pingxuan.report;

import cn.pingxuan.common.AuditEvent;
import cn.pingxuan.common.AuditLog;
import cn.pingxuan.contest.ContestStatus;
import cn.pingxuan.judging.JudgingFixtures;
import cn.pingxuan.media.MediaAssets;
import cn.pingxuan.results.Award;
import cn.pingxuan.results.AwardBasis;
import cn.pingxuan.results.AwardRepository;
import cn.pingxuan.results.AwardStatus;
import cn.pingxuan.results.AwardTier;
import cn.pingxuan.results.AwardTierRepository;
import cn.pingxuan.results.CertificateSerials;
import cn.pingxuan.results.QuotaKind;
import cn.pingxuan.results.ResultsFixtures;
import cn.pingxuan.storage.BlobStore;
import cn.pingxuan.support.ApiClient;
import cn.pingxuan.support.TestAccounts;
import io.micronaut.context.ApplicationContext;
import io.micronaut.jdbc.DataSourceResolver;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The exports of a contest judged through the API and awarded: results and score sheets read back with POI and as
 * CSV. Totals are 1.5 × 创意 + 2 × 制作, the same from both judges: 75, 70 and 65.
 */
@MicronautTest(transactional = false)
@Tag("db")
class ExportApiTest {

    private static final String INJECTED_TITLE = "=HYPERLINK(\"http://evil.example\",\"点我, 领奖\")";
    private static final double[][][] SHEETS = {
            {{30, 15}, {30, 15}},
            {{28, 14}, {28, 14}},
            {{26, 13}, {26, 13}},
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
    ApplicationContext context;
    @Inject
    DataSource dataSource;
    @Inject
    DataSourceResolver dataSourceResolver;
    @Inject
    AuditLog audit;

    @Test
    void resultsAndScoreSheetsComeBackIntactWithFormulasNeutralised() throws Exception {
        JudgingFixtures.Stage stage = JudgingFixtures.eligibleVideos(server, json, blobs, assets, 3);
        execute("UPDATE entry SET title = ? WHERE id = ?", INJECTED_TITLE, stage.entryIds().get(2));
        List<JudgingFixtures.Judge> judges = List.of(JudgingFixtures.judge(server, json, "文学院"),
                JudgingFixtures.judge(server, json, "艺术学院"));
        long roundId = ScoredRounds.scoredAndLocked(stage, judges, SHEETS);
        ResultsFixtures.awarded(context, stage, ContestStatus.PUBLISHED);
        popularityAward(stage.contestId(), stage.entryIds().get(2), stage.videoCategory());
        Map<Long, BigDecimal> roundScores = roundScores(roundId);
        String base = "/api/organize/contests/" + stage.contestId() + "/exports/";

        ApiClient.BinaryResponse xlsx = stage.organizer().getBinary(base + "results.xlsx");
        assertThat(xlsx.status()).isEqualTo(200);
        assertThat(xlsx.header("Content-Disposition")).startsWith("attachment;")
                .contains("filename*=UTF-8''" + URLEncoder.encode("媒体处理测试-评审结果.xlsx", StandardCharsets.UTF_8));
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            List<List<String>> rows = texts(workbook.getSheetAt(0));
            assertThat(rows.get(0)).containsExactly("作品编号", "作品名称", "类别", "作者", "单位", "指导教师", "初评",
                    "最终得分", "名次", "奖项", "状态");
            assertThat(rows).hasSize(5);
            assertThat(rows.subList(1, 4)).extracting(r -> r.get(0)).containsExactlyElementsOf(stage.codes());
            assertThat(rows.subList(1, 5)).extracting(r -> r.get(9)).containsExactly("一等奖", "二等奖", "三等奖", "人气奖");
            assertThat(rows.get(4).subList(7, 9)).containsExactly("321", "1");
            assertThat(rows.get(4).get(0)).isEqualTo(stage.codes().get(2));
            assertThat(rows.get(1)).containsSubsequence("视频", "示范大学 / 计算机学院 / 软件2301班");
            assertThat(rows.get(1).get(3)).startsWith("测试student-");
            assertThat(rows.get(1).subList(7, 11)).containsExactly("90", "1", "一等奖", "获奖");
            Sheet sheet = workbook.getSheetAt(0);
            for (int i = 0; i < 3; i++) {
                Cell score = sheet.getRow(i + 1).getCell(6);
                assertThat(score.getCellType()).isEqualTo(CellType.NUMERIC);
                assertThat(score.getNumericCellValue()).isEqualTo(roundScores.get(stage.entryIds().get(i)).doubleValue())
                        .isEqualTo(75.0 - 5 * i);
            }
            Cell title = sheet.getRow(3).getCell(1);
            assertThat(title.getCellType()).isEqualTo(CellType.STRING);
            assertThat(title.getStringCellValue()).isEqualTo(INJECTED_TITLE);
        }

        ApiClient.BinaryResponse csv = stage.organizer().getBinary(base + "results.csv");
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.header("Content-Type")).startsWith("text/csv");
        List<CSVRecord> records = csv(csv.body());
        assertThat(records.get(0).get(6)).isEqualTo("初评");
        assertThat(records.get(3).get(1)).isEqualTo("'" + INJECTED_TITLE);
        assertThat(records.get(1).get(4)).isEqualTo("示范大学 / 计算机学院 / 软件2301班");
        assertThat(new BigDecimal(records.get(2).get(6))).isEqualByComparingTo(roundScores.get(stage.entryIds().get(1)));
        assertThat(records.get(2).get(9)).isEqualTo("二等奖");

        ApiClient.BinaryResponse sheets = stage.organizer().getBinary(base + "score-sheets.xlsx");
        assertThat(sheets.status()).isEqualTo(200);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(sheets.body()))) {
            assertThat(workbook.getNumberOfSheets()).isEqualTo(2);
            List<String> judgeNames = new ArrayList<>();
            for (JudgingFixtures.Judge judge : judges) {
                judgeNames.add((String) judge.client().get("/api/me").map().get("displayName"));
            }
            assertThat(List.of(workbook.getSheetName(0), workbook.getSheetName(1))).containsExactlyInAnyOrderElementsOf(judgeNames);
            List<List<String>> rows = texts(workbook.getSheetAt(0));
            assertThat(rows.get(0)).containsExactly("轮次", "作品编号", "作品名称", "创意", "制作", "总分", "提交时间");
            assertThat(rows).hasSize(4);
            Map<String, List<String>> byCode = new HashMap<>();
            rows.subList(1, 4).forEach(r -> byCode.put(r.get(1), r));
            assertThat(byCode.get(stage.codes().get(0))).containsSubsequence("初评", "30", "15", "75");
            assertThat(byCode.get(stage.codes().get(2)).get(2)).isEqualTo(INJECTED_TITLE);
            assertThat(byCode.get(stage.codes().get(2)).get(6)).matches("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}");
        }
        List<CSVRecord> long_ = csv(stage.organizer().getBinary(base + "score-sheets.csv").body());
        assertThat(long_.get(0).toList()).startsWith("评委", "轮次", "作品编号");
        assertThat(long_).hasSize(7);
        assertThat(long_.subList(1, 7)).extracting(r -> r.get(0)).allSatisfy(name -> assertThat(name).startsWith("测试judge-"));

        assertThat(audit.history("contest", stage.contestId())).extracting(AuditEvent::action)
                .filteredOn("report.export"::equals).hasSize(4);
    }

    @Test
    void onlyTheContestsOrganizersMayExport() {
        JudgingFixtures.Stage stage = JudgingFixtures.eligibleVideos(server, json, blobs, assets, 1);
        String path = "/api/organize/contests/" + stage.contestId() + "/exports/results.xlsx";
        assertThat(stage.works().student().getBinary(path).status()).isEqualTo(403);
        ApiClient otherOrganizer = TestAccounts.newUser(server, json, "ORGANIZER", "文学院");
        assertThat(otherOrganizer.getBinary(path).status()).isEqualTo(403);
        assertThat(otherOrganizer.getBinary("/api/organize/contests/" + stage.contestId() + "/exports/score-sheets.csv").status())
                .isEqualTo(403);
        assertThat(new ApiClient(server, json).getBinary(path).status()).isEqualTo(401);
    }

    /** 人气奖 from the public vote for one entry: 321 votes, first place. */
    private void popularityAward(long contestId, long entryId, long categoryId) {
        AwardTier tier = context.getBean(AwardTierRepository.class).save(new AwardTier(null, contestId, null, 1, "人气奖",
                AwardBasis.VOTES, QuotaKind.COUNT, BigDecimal.ONE));
        context.getBean(AwardRepository.class).save(new Award(null, contestId, entryId, categoryId, tier.id(), tier.name(),
                tier.ordinal(), AwardBasis.VOTES, 1, BigDecimal.valueOf(321), false, null, AwardStatus.ACTIVE,
                context.getBean(CertificateSerials.class).next(), null, null, null));
    }

    private static List<CSVRecord> csv(byte[] body) throws IOException {
        assertThat(body).startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
        String text = new String(body, 3, body.length - 3, StandardCharsets.UTF_8);
        return CSVFormat.RFC4180.parse(new StringReader(text)).getRecords();
    }

    private static List<List<String>> texts(Sheet sheet) {
        DataFormatter formatter = new DataFormatter();
        List<List<String>> rows = new ArrayList<>();
        for (Row row : sheet) {
            List<String> cells = new ArrayList<>();
            for (int c = 0; c < row.getLastCellNum(); c++) {
                Cell cell = row.getCell(c);
                cells.add(cell == null ? "" : formatter.formatCellValue(cell));
            }
            rows.add(cells);
        }
        return rows;
    }

    private Map<Long, BigDecimal> roundScores(long roundId) throws SQLException {
        Map<Long, BigDecimal> scores = new HashMap<>();
        try (Connection connection = dataSourceResolver.resolve(dataSource).getConnection();
             PreparedStatement statement = connection.prepareStatement("SELECT entry_id, score FROM round_result WHERE round_id = ?")) {
            statement.setLong(1, roundId);
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    scores.put(rs.getLong(1), rs.getBigDecimal(2));
                }
            }
        }
        return scores;
    }

    private void execute(String sql, Object... parameters) throws SQLException {
        try (Connection connection = dataSourceResolver.resolve(dataSource).getConnection(); PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            statement.executeUpdate();
        }
    }
}
