package cn.pingxuan.account;

import cn.pingxuan.support.ApiClient;
import io.micronaut.context.annotation.Property;
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
@Property(name = "pingxuan.security.account-max-failures", value = "5")
@Property(name = "pingxuan.security.address-max-failures", value = "8")
class LoginThrottleTest {

    @Inject
    EmbeddedServer server;
    @Inject
    JsonMapper json;

    @Test
    void anAccountIsLockedAfterFiveFailuresEvenForTheRightPassword() {
        String username = newUser();
        for (int attempt = 1; attempt <= 5; attempt++) {
            ApiClient fromAnywhere = new ApiClient(server, json);
            assertThat(fromAnywhere.post("/api/auth/login", Map.of("username", username, "password", "wrong-" + attempt)).status())
                    .isEqualTo(401);
        }

        ApiClient.Response locked = new ApiClient(server, json).post("/api/auth/login", Map.of("username", username, "password", password(username)));

        assertThat(locked.status()).isEqualTo(429);
        assertThat(locked.headers().firstValue("Retry-After")).hasValueSatisfying(v -> assertThat(Long.parseLong(v)).isBetween(1L, 900L));
        assertThat(locked.map()).containsEntry("detail", "该账号登录失败次数过多，已临时锁定，请 15 分钟后再试");
        assertThat(((Number) locked.map().get("retryAfterSeconds")).longValue()).isPositive();
    }

    @Test
    void aSuccessfulLoginClearsTheAccountsFailureCount() {
        String username = newUser();
        ApiClient client = new ApiClient(server, json);
        for (int attempt = 1; attempt <= 4; attempt++) {
            client.post("/api/auth/login", Map.of("username", username, "password", "wrong"));
        }
        assertThat(new ApiClient(server, json).post("/api/auth/login", Map.of("username", username, "password", password(username))).status())
                .isEqualTo(200);

        for (int attempt = 1; attempt <= 4; attempt++) {
            assertThat(new ApiClient(server, json).post("/api/auth/login", Map.of("username", username, "password", "wrong")).status())
                    .isEqualTo(401);
        }
    }

    @Test
    void oneAddressGuessingManyAccountsIsLockedOut() {
        ApiClient attacker = new ApiClient(server, json);
        for (int attempt = 1; attempt <= 8; attempt++) {
            attacker.post("/api/auth/login", Map.of("username", "victim-" + attempt + "-" + System.nanoTime(), "password", "guess"));
        }

        ApiClient.Response blocked = attacker.post("/api/auth/login", Map.of("username", "student", "password", DemoAccounts.PASSWORD));

        assertThat(blocked.status()).isEqualTo(429);
        assertThat(blocked.map()).containsEntry("detail", "当前网络登录失败次数过多，请 15 分钟后再试");
        assertThat(new ApiClient(server, json).post("/api/auth/login", Map.of("username", "student", "password", DemoAccounts.PASSWORD)).status())
                .as("another address is not affected").isEqualTo(200);
    }

    private final Map<String, String> passwords = new java.util.HashMap<>();

    private String newUser() {
        ApiClient admin = ApiClient.loggedIn(server, json, "admin", DemoAccounts.PASSWORD);
        String username = "throttle-" + System.nanoTime();
        Map<String, Object> created = admin.post("/api/admin/users",
                Map.of("username", username, "displayName", "限流测试", "roles", List.of("STUDENT"))).map();
        passwords.put(username, (String) created.get("initialPassword"));
        return username;
    }

    private String password(String username) {
        return passwords.get(username);
    }
}
