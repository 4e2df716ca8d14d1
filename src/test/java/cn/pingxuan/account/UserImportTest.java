package cn.pingxuan.account;

import cn.pingxuan.support.ApiClient;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static cn.pingxuan.account.SpreadsheetFixtures.GBK;
import static cn.pingxuan.account.SpreadsheetFixtures.csv;
import static cn.pingxuan.account.SpreadsheetFixtures.xlsx;
import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest
@Tag("db")
class UserImportTest {

    private static final String PREVIEW = "/api/admin/users/import/preview";
    private static final String IMPORT = "/api/admin/users/import";

    @Inject
    EmbeddedServer server;
    @Inject
    JsonMapper json;

    private ApiClient admin;
    private final String p = "i" + System.nanoTime() % 1_000_000_000 + "-";

    @BeforeEach
    void signIn() {
        admin = ApiClient.loggedIn(server, json, "admin", DemoAccounts.PASSWORD);
    }

    @Test
    void aGbkFileWithBadRowsIsReportedRowByRowAndNothingIsImported() {
        byte[] file = csv(GBK,
                "学号/工号,姓名,单位,角色",
                p + "1,欧阳修,示范大学/计算机学院/软件2301班,学生",
                p + "2,司马光,不存在学院,学生",
                p + "1,苏轼,文学院,学生",
                "student,王安石,文学院,学生",
                p + "5,李清照,文学院,校长",
                p + "6,,艺术学院,",
                p + "7,辛弃疾,文学院,评委、组织者");

        ApiClient.Response preview = admin.postFile(PREVIEW, "file", "名单.csv", file);

        assertThat(preview.status()).isEqualTo(200);
        Map<String, Object> report = preview.map();
        assertThat(report).containsEntry("totalRows", 7).containsEntry("validRows", 2).containsEntry("fileName", "名单.csv");
        assertThat(issues(report)).containsExactly(
                "3|单位|找不到单位“不存在学院”",
                "4|学号/工号|与第 2 行的学号/工号重复",
                "5|学号/工号|学号/工号已存在",
                "6|角色|未知角色“校长”，可填：学生、评委、单位管理员、组织者、管理员",
                "7|姓名|姓名不能为空");
        assertThat(report.get("preview")).asList().extracting("username").containsExactly(p + "1", p + "7");

        ApiClient.Response refused = admin.postFile(IMPORT, "file", "名单.csv", file);

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.map().get("type")).isEqualTo("https://pingxuan.cn/problems/import-invalid");
        assertThat(issues((Map<String, Object>) refused.map().get("report"))).hasSize(5);
        assertThat(admin.get("/api/admin/users?q=" + p).map()).containsEntry("total", 0);
    }

    @Test
    void aCleanFileImportsEveryRowAndTheAccountsCanSignIn() {
        byte[] file = csv(StandardCharsets.UTF_8,
                "学号/工号,姓名,单位,角色",
                p + "a,甲同学,软件2302班,",
                p + "b,乙老师,示范大学 / 文学院,评委");

        ApiClient.Response preview = admin.postFile(PREVIEW, "file", "ok.csv", file);
        assertThat(preview.map()).containsEntry("validRows", 2);
        assertThat(preview.map().get("errors")).asList().isEmpty();

        ApiClient.Response imported = admin.postFile(IMPORT, "file", "ok.csv", file);

        assertThat(imported.status()).isEqualTo(200);
        assertThat(imported.map()).containsEntry("imported", 2);
        List<Map<String, Object>> credentials = (List<Map<String, Object>>) imported.map().get("credentials");
        assertThat(credentials).extracting("unitPath").containsExactly("示范大学 / 计算机学院 / 软件2302班", "示范大学 / 文学院");
        ApiClient judge = ApiClient.loggedIn(server, json, p + "b", (String) credentials.get(1).get("initialPassword"));
        assertThat(judge.get("/api/me").map()).containsEntry("roles", List.of("JUDGE")).containsEntry("mustChangePassword", true);

        ApiClient.Response again = admin.postFile(IMPORT, "file", "ok.csv", file);
        assertThat(again.status()).as("importing twice creates nobody twice").isEqualTo(422);
    }

    @Test
    @SuppressWarnings("unchecked")
    void anOptionalEmailColumnIsCheckedAndKeptForNotices() {
        byte[] bad = csv(StandardCharsets.UTF_8, "学号/工号,姓名,单位,邮箱", p + "m1,丙同学,软件2302班,不是邮箱");
        Map<String, Object> report = admin.postFile(PREVIEW, "file", "mail.csv", bad).map();
        assertThat(report.get("errors")).asList().extracting("column", "message")
                .containsExactly(org.assertj.core.groups.Tuple.tuple("邮箱", "邮箱地址格式不正确"));

        byte[] good = csv(StandardCharsets.UTF_8, "学号/工号,姓名,单位,电子邮箱",
                p + "m2,丁同学,软件2302班,ding@example.edu.cn", p + "m3,戊同学,软件2302班,");
        ApiClient.Response imported = admin.postFile(IMPORT, "file", "mail.csv", good);
        assertThat(imported.status()).isEqualTo(200);
        List<Map<String, Object>> credentials = (List<Map<String, Object>>) imported.map().get("credentials");
        ApiClient student = ApiClient.loggedIn(server, json, p + "m2", (String) credentials.get(0).get("initialPassword"));
        assertThat(student.get("/api/me").map()).containsEntry("email", "ding@example.edu.cn");
        ApiClient noMail = ApiClient.loggedIn(server, json, p + "m3", (String) credentials.get(1).get("initialPassword"));
        assertThat(noMail.get("/api/me").map()).containsEntry("email", null);
    }

    @Test
    void anXlsxFileImportsToo() {
        byte[] file = xlsx(List.of(
                List.of("学号", "姓名", "单位", "角色"),
                List.of(p + "x", "表格同学", "DEMO-VC2301", "STUDENT")));

        ApiClient.Response imported = admin.postFile(IMPORT, "file", "users.xlsx", file);

        assertThat(imported.status()).as(imported.body()).isEqualTo(200);
        assertThat(admin.get("/api/admin/users?q=" + p + "x").map().get("items")).asList().extracting("unitName").containsExactly("视觉传达2301班");
    }

    @Test
    void aUnitAdminImportsOnlyStudentsIntoTheirOwnUnits() {
        ApiClient unitAdmin = ApiClient.loggedIn(server, json, "unitadmin", DemoAccounts.PASSWORD);
        byte[] file = csv(StandardCharsets.UTF_8,
                "学号/工号,姓名,单位,角色",
                p + "u1,本院学生,软件2301班,学生",
                p + "u2,外院学生,文学院,学生",
                p + "u3,本院评委,软件2301班,评委");

        Map<String, Object> report = unitAdmin.postFile(PREVIEW, "file", "unit.csv", file).map();

        assertThat(issues(report)).containsExactly("3|单位|只能导入到本单位或下级单位", "4|角色|单位管理员只能导入学生");
    }

    @Test
    void tenThousandRowsImportInOneGo() {
        List<String> lines = new ArrayList<>();
        lines.add("学号/工号,姓名,单位,角色");
        for (int i = 0; i < 10_000; i++) {
            lines.add(p + "bulk" + i + ",学生" + i + ",软件2301班,学生");
        }
        byte[] file = csv(GBK, lines.toArray(String[]::new));

        long started = System.nanoTime();
        ApiClient.Response imported = admin.postFile(IMPORT, "file", "bulk.csv", file);
        long millis = (System.nanoTime() - started) / 1_000_000;

        assertThat(imported.status()).as(imported.body().substring(0, Math.min(300, imported.body().length()))).isEqualTo(200);
        assertThat(imported.map()).containsEntry("imported", 10_000);
        assertThat(admin.get("/api/admin/users?q=" + p + "bulk&size=1").map()).containsEntry("total", 10_000);
        System.out.println("imported 10,000 users in " + millis + " ms");
    }

    @SuppressWarnings("unchecked")
    private static List<String> issues(Map<String, Object> report) {
        return ((List<Map<String, Object>>) report.get("errors")).stream()
                .map(e -> e.get("row") + "|" + e.get("column") + "|" + e.get("message")).toList();
    }
}
