package cn.pingxuan.account;

import cn.pingxuan.support.ApiClient;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest
@Tag("db")
class UserAdminTest {

    @Inject
    EmbeddedServer server;
    @Inject
    JsonMapper json;

    @Test
    void anAdminCreatesEditsAndFindsAUser() {
        ApiClient admin = ApiClient.loggedIn(server, json, "admin", DemoAccounts.PASSWORD);
        long litClass = unitId(admin, "汉语言2301班");
        String username = "T" + System.nanoTime();

        ApiClient.Response created = admin.post("/api/admin/users",
                Map.of("username", username, "displayName", "周老师", "unitId", litClass, "roles", List.of("JUDGE", "ORGANIZER")));
        assertThat(created.status()).isEqualTo(201);
        assertThat((String) created.map().get("initialPassword")).matches("[A-Za-z0-9]{4}-[A-Za-z0-9]{4}-[A-Za-z0-9]{4}");
        long id = ((Number) ((Map<?, ?>) created.map().get("user")).get("id")).longValue();

        ApiClient.Response edited = admin.put("/api/admin/users/" + id,
                Map.of("displayName", "周教授", "unitId", litClass, "roles", List.of("JUDGE")));
        assertThat(edited.map()).containsEntry("displayName", "周教授").containsEntry("roles", List.of("JUDGE"))
                .containsEntry("unitPath", "示范大学 / 文学院 / 汉语言2301班");

        Map<String, Object> page = admin.get("/api/admin/users?q=" + username.substring(0, 8) + "&role=JUDGE&unitId=" + unitId(admin, "文学院")).map();
        assertThat(page.get("items")).asList().extracting("username").contains(username);
        assertThat(admin.get("/api/admin/users?q=" + username + "&role=STUDENT").map()).containsEntry("total", 0);
        assertThat(admin.get("/api/admin/users?q=" + username + "&active=false").map()).containsEntry("total", 0);
    }

    @Test
    void usernamesAreUniqueAndFieldsAreChecked() {
        ApiClient admin = ApiClient.loggedIn(server, json, "admin", DemoAccounts.PASSWORD);

        ApiClient.Response duplicate = admin.post("/api/admin/users", Map.of("username", "STUDENT", "displayName", "重名", "roles", List.of("STUDENT")));
        assertThat(duplicate.status()).isEqualTo(400);
        assertThat(duplicate.map()).containsEntry("detail", "学号/工号“STUDENT”已存在");

        ApiClient.Response invalid = admin.post("/api/admin/users", Map.of("username", "有 空格", "displayName", "", "roles", List.of()));
        assertThat(invalid.status()).isEqualTo(400);
        assertThat(invalid.map().get("errors")).asList().extracting("field").containsExactlyInAnyOrder("displayName", "roles", "username");
    }

    @Test
    void aUnitAdminManagesOnlyStudentsOfTheirOwnUnits() {
        ApiClient unitAdmin = ApiClient.loggedIn(server, json, "unitadmin", DemoAccounts.PASSWORD);
        long csClass = unitId(unitAdmin, "软件2301班");
        long litClass = unitId(unitAdmin, "汉语言2301班");

        ApiClient.Response ownStudent = unitAdmin.post("/api/admin/users",
                Map.of("username", "cs" + System.nanoTime(), "displayName", "计算机学生", "unitId", csClass, "roles", List.of("STUDENT")));
        ApiClient.Response otherCollege = unitAdmin.post("/api/admin/users",
                Map.of("username", "lit" + System.nanoTime(), "displayName", "文学院学生", "unitId", litClass, "roles", List.of("STUDENT")));
        ApiClient.Response judge = unitAdmin.post("/api/admin/users",
                Map.of("username", "j" + System.nanoTime(), "displayName", "评委", "unitId", csClass, "roles", List.of("JUDGE")));

        assertThat(ownStudent.status()).isEqualTo(201);
        assertThat(otherCollege.status()).isEqualTo(400);
        assertThat(otherCollege.map()).containsEntry("detail", "只能选择本单位或下级单位");
        assertThat(judge.map()).containsEntry("detail", "单位管理员只能创建和管理学生账号");

        Map<String, Object> listing = unitAdmin.get("/api/admin/users?size=200").map();
        assertThat(listing.get("items")).asList().extracting("unitPath")
                .allSatisfy(path -> assertThat((String) path).startsWith("示范大学 / 计算机学院"));
        assertThat(listing.get("items")).asList().extracting("roles").allSatisfy(roles -> assertThat(roles).isEqualTo(List.of("STUDENT")));
        assertThat(unitAdmin.get("/api/admin/users?unitId=" + litClass).status()).isEqualTo(403);
    }

    @Test
    void anAdminCannotLockThemselvesOut() {
        ApiClient admin = ApiClient.loggedIn(server, json, "admin", DemoAccounts.PASSWORD);
        long self = ((Number) admin.get("/api/me").map().get("id")).longValue();

        assertThat(admin.post("/api/admin/users/" + self + "/deactivate", Map.of()).status()).isEqualTo(409);
        ApiClient.Response demote = admin.put("/api/admin/users/" + self, Map.of("displayName", "系统管理员", "unitId", unitId(admin, "示范大学"),
                "roles", List.of("ORGANIZER")));
        assertThat(demote.status()).isEqualTo(400);
        assertThat(admin.get("/api/me").map()).containsEntry("roles", List.of("ADMIN"));
    }

    static long unitId(ApiClient client, String name) {
        return client.get("/api/units").list().stream().filter(u -> name.equals(u.get("name")))
                .map(u -> ((Number) u.get("id")).longValue()).findFirst().orElseThrow();
    }
}
