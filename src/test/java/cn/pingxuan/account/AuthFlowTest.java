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
class AuthFlowTest {

    @Inject
    EmbeddedServer server;
    @Inject
    JsonMapper json;

    @Test
    void loginSetsAnHttpOnlySessionCookieAndMeDescribesTheUser() {
        ApiClient client = new ApiClient(server, json);
        ApiClient.Response login = client.post("/api/auth/login", Map.of("username", "unitadmin", "password", DemoAccounts.PASSWORD));

        assertThat(login.status()).isEqualTo(200);
        String sessionCookie = login.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("PX_SESSION=")).findFirst().orElseThrow();
        assertThat(sessionCookie).containsIgnoringCase("HttpOnly").contains("SameSite=Lax");

        Map<String, Object> me = client.get("/api/me").map();
        assertThat(me).containsEntry("username", "unitadmin").containsEntry("roles", List.of("UNIT_ADMIN"));
        assertThat(((Map<?, ?>) me.get("unit")).get("path")).isEqualTo("示范大学 / 计算机学院");
        assertThat(me).doesNotContainKey("passwordHash");
    }

    @Test
    void meWithoutASessionIsA401Problem() {
        ApiClient.Response me = new ApiClient(server, json).get("/api/me");

        assertThat(me.status()).isEqualTo(401);
        assertThat(me.contentType()).startsWith("application/problem+json");
        assertThat(me.map()).containsEntry("detail", "请先登录").containsEntry("status", 401);
    }

    @Test
    void wrongPasswordAndUnknownUserGetTheSameAnswer() {
        ApiClient client = new ApiClient(server, json);
        ApiClient.Response wrongPassword = client.post("/api/auth/login", Map.of("username", "organizer", "password", "nope-nope"));
        ApiClient.Response unknownUser = client.post("/api/auth/login", Map.of("username", "nobody-here", "password", "nope-nope"));

        assertThat(wrongPassword.status()).isEqualTo(401);
        assertThat(unknownUser.status()).isEqualTo(401);
        assertThat(wrongPassword.map().get("detail")).isEqualTo("用户名或密码错误").isEqualTo(unknownUser.map().get("detail"));
        assertThat(wrongPassword.map().get("type")).isEqualTo("https://pingxuan.cn/problems/invalid-credentials");
    }

    @Test
    void loginValidatesItsFieldsInChinese() {
        ApiClient.Response response = new ApiClient(server, json).post("/api/auth/login", Map.of("username", "", "password", ""));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.map().get("errors")).asList().extracting("field").containsExactly("password", "username");
        assertThat(response.body()).contains("请输入学号/工号").contains("请输入密码");
    }

    @Test
    void stateChangingRequestsWithoutTheCsrfTokenAreRefused() {
        ApiClient client = ApiClient.loggedIn(server, json, "admin", DemoAccounts.PASSWORD).withoutCsrfHeader();

        ApiClient.Response response = client.post("/api/admin/units", Map.of("name", "CSRF 测试单位", "kind", "OTHER"));

        assertThat(response.status()).isEqualTo(403);
        assertThat(response.map().get("type")).isEqualTo("https://pingxuan.cn/problems/csrf");
    }

    @Test
    void logoutEndsTheSession() {
        ApiClient client = ApiClient.loggedIn(server, json, "judge", DemoAccounts.PASSWORD);
        assertThat(client.get("/api/me").status()).isEqualTo(200);

        assertThat(client.post("/api/auth/logout", Map.of()).status()).isEqualTo(204);

        assertThat(client.get("/api/me").status()).isEqualTo(401);
    }

    @Test
    void aResetPasswordEndsTheOldSessionsAndForcesAChangeAtNextLogin() {
        ApiClient admin = ApiClient.loggedIn(server, json, "admin", DemoAccounts.PASSWORD);
        String username = "reset-" + System.nanoTime();
        Map<String, Object> created = admin.post("/api/admin/users",
                Map.of("username", username, "displayName", "重置测试", "roles", List.of("STUDENT"))).map();
        String firstPassword = (String) created.get("initialPassword");
        long id = ((Number) ((Map<?, ?>) created.get("user")).get("id")).longValue();

        ApiClient student = ApiClient.loggedIn(server, json, username, firstPassword);
        assertThat(student.get("/api/me").map()).containsEntry("mustChangePassword", true);
        ApiClient.Response beforeChange = student.get("/api/units");
        assertThat(beforeChange.status()).as("a one-time password opens only the password change").isEqualTo(403);
        assertThat(beforeChange.map()).containsEntry("detail", "请先修改初始密码");

        String secondPassword = (String) admin.post("/api/admin/users/" + id + "/reset-password", Map.of()).map().get("initialPassword");

        assertThat(student.get("/api/me").status()).isEqualTo(401);
        assertThat(student.get("/api/me").map()).containsEntry("detail", "登录已失效，请重新登录");
        ApiClient again = ApiClient.loggedIn(server, json, username, secondPassword);
        ApiClient.Response weak = again.post("/api/me/password", Map.of("currentPassword", secondPassword, "newPassword", "12345678"));
        assertThat(weak.status()).isEqualTo(400);
        assertThat(weak.map().get("errors")).asList().extracting("field").containsExactly("newPassword");

        ApiClient.Response changed = again.post("/api/me/password", Map.of("currentPassword", secondPassword, "newPassword", "Better#Pass42"));
        assertThat(changed.status()).isEqualTo(204);
        assertThat(again.get("/api/me").map()).containsEntry("mustChangePassword", false);
        assertThat(again.get("/api/units").status()).isEqualTo(200);
        assertThat(new ApiClient(server, json).post("/api/auth/login", Map.of("username", username, "password", "Better#Pass42")).status())
                .isEqualTo(200);
    }

    @Test
    void aDeactivatedUserIsSignedOutAndCannotSignIn() {
        ApiClient admin = ApiClient.loggedIn(server, json, "admin", DemoAccounts.PASSWORD);
        String username = "leaver-" + System.nanoTime();
        Map<String, Object> created = admin.post("/api/admin/users",
                Map.of("username", username, "displayName", "离校学生", "roles", List.of("STUDENT"))).map();
        String password = (String) created.get("initialPassword");
        long id = ((Number) ((Map<?, ?>) created.get("user")).get("id")).longValue();
        ApiClient user = ApiClient.loggedIn(server, json, username, password);

        assertThat(admin.post("/api/admin/users/" + id + "/deactivate", Map.of()).map()).containsEntry("active", false);

        assertThat(user.get("/api/me").status()).isEqualTo(401);
        ApiClient.Response again = new ApiClient(server, json).post("/api/auth/login", Map.of("username", username, "password", password));
        assertThat(again.status()).isEqualTo(403);
        assertThat(again.map()).containsEntry("detail", "该账号已停用，请联系管理员");
    }
}
