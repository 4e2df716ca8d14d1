package cn.pingxuan.account;

import cn.pingxuan.support.ApiClient;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Role × endpoint × ownership: who may call what, on whose data. */
@MicronautTest
@Tag("db")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessMatrixTest {

    private static final String ANONYMOUS = "anonymous";
    private static final List<String> ACTORS = List.of(ANONYMOUS, "student", "judge", "unitadmin", "organizer", "admin");

    @Inject
    EmbeddedServer server;
    @Inject
    JsonMapper json;

    private final Map<String, ApiClient> clients = new HashMap<>();
    private final Map<String, Object> ids = new HashMap<>();

    @BeforeAll
    void signIn() {
        for (String actor : ACTORS) {
            clients.put(actor, actor.equals(ANONYMOUS) ? new ApiClient(server, json)
                    : ApiClient.loggedIn(server, json, actor, DemoAccounts.PASSWORD));
        }
        ApiClient admin = clients.get("admin");
        List<Map<String, Object>> units = admin.get("/api/units").list();
        ids.put("csClass", idOf(units, "软件2302班"));
        ids.put("litClass", idOf(units, "汉语言2301班"));
        ids.put("csStudent", createUser(admin, ids.get("csClass"), "STUDENT"));
        ids.put("litStudent", createUser(admin, ids.get("litClass"), "STUDENT"));
        ids.put("csJudge", createUser(admin, ids.get("csClass"), "JUDGE"));
    }

    /** {@code expected} lists the status for: anonymous, student, judge, unitadmin, organizer, admin. */
    Stream<Arguments> matrix() {
        return Stream.of(
                row("GET", "/api/me", null, 401, 200, 200, 200, 200, 200),
                row("GET", "/api/units", null, 401, 200, 200, 200, 200, 200),
                row("GET", "/api/me/notices", null, 401, 200, 200, 200, 200, 200),
                row("GET", "/api/me/notices/unread-count", null, 401, 200, 200, 200, 200, 200),
                row("POST", "/api/me/notices/read-all", Map.of(), 401, 200, 200, 200, 200, 200),
                row("POST", "/api/me/notices/999999999/read", Map.of(), 401, 404, 404, 404, 404, 404),
                row("PUT", "/api/me/email", Map.of("email", "{actor}@example.edu.cn"), 401, 200, 200, 200, 200, 200),
                row("POST", "/api/admin/units", Map.of("name", "矩阵测试单位", "kind", "OTHER", "parentId", "{csClass}"),
                        401, 403, 403, 403, 403, 201),
                row("PUT", "/api/admin/units/{csClass}", Map.of("name", "软件2302班", "kind", "CLASS", "code", "DEMO-SE2302"),
                        401, 403, 403, 403, 403, 200),
                row("DELETE", "/api/admin/units/999999", null, 401, 403, 403, 403, 403, 404),
                row("GET", "/api/admin/users", null, 401, 403, 403, 200, 403, 200),
                row("POST", "/api/admin/users", Map.of("username", "matrix-new-{actor}", "displayName", "新同学",
                        "unitId", "{csClass}", "roles", List.of("STUDENT")), 401, 403, 403, 201, 403, 201),
                row("POST", "/api/admin/users/{csStudent}/reset-password", Map.of(), 401, 403, 403, 200, 403, 200),
                row("POST", "/api/admin/users/{litStudent}/reset-password", Map.of(), 401, 403, 403, 403, 403, 200),
                row("POST", "/api/admin/users/{csJudge}/reset-password", Map.of(), 401, 403, 403, 403, 403, 200),
                row("PUT", "/api/admin/users/{csStudent}", Map.of("displayName", "改名", "unitId", "{csClass}",
                        "roles", List.of("STUDENT")), 401, 403, 403, 200, 403, 200),
                row("POST", "/api/admin/users/{litStudent}/deactivate", Map.of(), 401, 403, 403, 403, 403, 200),
                row("FILE", "/api/admin/users/import/preview", null, 401, 403, 403, 200, 403, 200));
    }

    record Case(String method, String path, Map<String, Object> body, List<Integer> expected) {
        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("matrix")
    void eachRoleGetsExactlyWhatItMay(Case c) {
        for (int i = 0; i < ACTORS.size(); i++) {
            String actor = ACTORS.get(i);
            ApiClient.Response response = call(clients.get(actor), c.method(), fill(c.path(), actor), fillBody(c.body(), actor));
            assertThat(response.status()).as("%s as %s: %s", c, actor, response.body()).isEqualTo(c.expected().get(i));
        }
    }

    private ApiClient.Response call(ApiClient client, String method, String path, Object body) {
        return switch (method) {
            case "GET" -> client.get(path);
            case "POST" -> client.post(path, body);
            case "PUT" -> client.put(path, body);
            case "DELETE" -> client.delete(path);
            case "FILE" -> client.postFile(path, "file", "users.csv",
                    "学号/工号,姓名,单位,角色\nm1,学生甲,示范大学/计算机学院/软件2301班,学生\n".getBytes(StandardCharsets.UTF_8));
            default -> throw new IllegalArgumentException(method);
        };
    }

    private static Arguments row(String method, String path, Map<String, Object> body, Integer... expected) {
        return Arguments.of(new Case(method, path, body, List.of(expected)));
    }

    private String fill(String text, String actor) {
        String result = text.replace("{actor}", actor);
        for (Map.Entry<String, Object> id : ids.entrySet()) {
            result = result.replace("{" + id.getKey() + "}", String.valueOf(id.getValue()));
        }
        return result;
    }

    private Object fillBody(Object body, String actor) {
        if (!(body instanceof Map<?, ?> map)) {
            return body;
        }
        Map<String, Object> filled = new HashMap<>();
        map.forEach((key, value) -> {
            Object v = value instanceof String s ? fill(s, actor) : value;
            if (v instanceof String s && s.matches("\\d+") && key.toString().endsWith("Id")) {
                v = Long.parseLong(s);
            }
            filled.put(key.toString(), v);
        });
        return filled;
    }

    private static long idOf(List<Map<String, Object>> units, String name) {
        return units.stream().filter(u -> name.equals(u.get("name"))).map(u -> ((Number) u.get("id")).longValue())
                .findFirst().orElseThrow();
    }

    private static long createUser(ApiClient admin, Object unitId, String role) {
        ApiClient.Response created = admin.post("/api/admin/users", Map.of("username", "matrix-" + role.toLowerCase() + "-" + System.nanoTime(),
                "displayName", "矩阵测试", "unitId", unitId, "roles", List.of(role)));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return ((Number) ((Map<?, ?>) created.map().get("user")).get("id")).longValue();
    }
}
