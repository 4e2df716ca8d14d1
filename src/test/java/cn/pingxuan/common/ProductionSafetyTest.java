package cn.pingxuan.common;

import io.micronaut.context.ApplicationContext;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Production refuses to start on the embedded defaults that would make it unsafe. */
class ProductionSafetyTest {

    private static final String STRONG_SECRET = "k3v8Qz1mT7pW2xY9rL4nB6cJ0hF5dS8aG3eU1iO7";

    @Test
    void theDefaultJwtSecretIsRefused() {
        assertThatThrownBy(() -> start(Map.of("pingxuan.mode", "production",
                "pingxuan.admin.username", "root-admin", "pingxuan.admin.password", "Str0ng#Admin!Pass")))
                .hasStackTraceContaining("PINGXUAN_JWT_SECRET");
    }

    @Test
    void aDemoOrWeakAdminPasswordIsRefused() {
        assertThatThrownBy(() -> start(Map.of("pingxuan.mode", "production", "micronaut.security.token.jwt.signatures.secret.generator.secret", STRONG_SECRET,
                "pingxuan.admin.username", "root-admin", "pingxuan.admin.password", "Demo@2026")))
                .hasStackTraceContaining("PINGXUAN_ADMIN_PASSWORD");
    }

    @Test
    void productionWithoutAnyAdministratorIsRefused() {
        assertThatThrownBy(() -> start(Map.of("pingxuan.mode", "production", "micronaut.security.token.jwt.signatures.secret.generator.secret", STRONG_SECRET)))
                .hasStackTraceContaining("PINGXUAN_ADMIN_USERNAME");
    }

    @Test
    void aSafeProductionConfigurationStartsWithTheFirstAdminAndNoDemoData() {
        try (ApplicationContext context = start(Map.of("pingxuan.mode", "production",
                "micronaut.security.token.jwt.signatures.secret.generator.secret", STRONG_SECRET,
                "pingxuan.admin.username", "root-admin", "pingxuan.admin.password", "Str0ng#Admin!Pass"))) {
            var users = context.getBean(cn.pingxuan.account.LoginService.class);
            assertThat(users.login("root-admin", "Str0ng#Admin!Pass", "127.0.0.1").roles())
                    .containsExactly(cn.pingxuan.account.Role.ADMIN);
            assertThatThrownBy(() -> users.login("student", "Demo@2026", "127.0.0.1")).hasMessage("用户名或密码错误");
        }
    }

    private static ApplicationContext start(Map<String, Object> properties) {
        Map<String, Object> all = new HashMap<>(properties);
        all.put("micronaut.server.port", -1);
        all.put("datasources.default.url", "jdbc:h2:mem:prod-" + System.nanoTime()
                + ";MODE=MySQL;DATABASE_TO_LOWER=TRUE;CASE_INSENSITIVE_IDENTIFIERS=TRUE;IGNORECASE=TRUE;DB_CLOSE_DELAY=-1");
        return ApplicationContext.run(all, "test");
    }
}
