package cn.pingxuan.support;

import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/** Creates real accounts through the admin API and signs them in with a chosen password, as a person would. */
public final class TestAccounts {

    public static final String ADMIN_PASSWORD = "Demo@2026";
    private static final AtomicLong SEQUENCE = new AtomicLong(System.nanoTime() % 1_000_000_000L);

    private TestAccounts() {
    }

    public static ApiClient newUser(EmbeddedServer server, JsonMapper json, String role, String unitName) {
        ApiClient admin = ApiClient.loggedIn(server, json, "admin", ADMIN_PASSWORD);
        long unitId = unitId(admin, unitName);
        String username = role.toLowerCase() + "-" + SEQUENCE.incrementAndGet();
        ApiClient.Response created = admin.post("/api/admin/users",
                Map.of("username", username, "displayName", "测试" + username, "unitId", unitId, "roles", List.of(role)));
        if (created.status() != 201) {
            throw new AssertionError("creating " + username + ": " + created);
        }
        String oneTime = (String) created.map().get("initialPassword");
        ApiClient user = ApiClient.loggedIn(server, json, username, oneTime);
        ApiClient.Response changed = user.post("/api/me/password", Map.of("currentPassword", oneTime, "newPassword", "Chosen#Pass1"));
        if (changed.status() != 204) {
            throw new AssertionError("changing the password of " + username + ": " + changed);
        }
        return user;
    }

    public static long unitId(ApiClient client, String name) {
        return client.get("/api/units").list().stream().filter(u -> name.equals(u.get("name")))
                .map(u -> ((Number) u.get("id")).longValue()).findFirst()
                .orElseThrow(() -> new AssertionError("no unit named " + name));
    }
}
