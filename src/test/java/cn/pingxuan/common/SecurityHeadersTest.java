package cn.pingxuan.common;

import cn.pingxuan.support.ApiClient;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Every answer — page, API, problem, static file, API docs — carries the protective headers. */
@MicronautTest
class SecurityHeadersTest {

    @Inject
    EmbeddedServer server;
    @Inject
    JsonMapper json;

    @ParameterizedTest
    @ValueSource(strings = {"/", "/contests", "/api/contests", "/api/me", "/api/no-such-thing", "/health",
            "/swagger/pingxuan-openapi.yml"})
    void everyAnswerIsProtected(String path) {
        ApiClient.BinaryResponse response = new ApiClient(server, json).getBinary(path);

        String policy = response.header("Content-Security-Policy");
        assertThat(policy).contains("default-src 'self'").contains("script-src 'self';").contains("object-src 'none'")
                .contains("frame-ancestors 'none'").doesNotContain("unsafe-eval");
        assertThat(response.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(response.header("X-Frame-Options")).isEqualTo("DENY");
        assertThat(response.header("Referrer-Policy")).isEqualTo("same-origin");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/contests", "/api/me"})
    void apiAnswersAreNotKeptByCaches(String path) {
        assertThat(new ApiClient(server, json).getBinary(path).header("Cache-Control")).isEqualTo("no-store");
    }

    @Test
    void onlyTheApiDocsPageMayRunItsInlineScript() {
        ApiClient.BinaryResponse response = new ApiClient(server, json).getBinary("/swagger-ui/index.html");

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.header("Content-Security-Policy")).contains("script-src 'self' 'unsafe-inline'")
                .contains("frame-ancestors 'none'");
    }
}
