package cn.pingxuan.common;

import cn.pingxuan.support.ApiClient;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The fixed paths other tools rely on, and the single-page app's history routing (needs the built front end). */
@MicronautTest
class WebShellTest {

    @Inject
    EmbeddedServer server;
    @Inject
    JsonMapper json;

    @Test
    void healthAnswersLoadBalancers() {
        ApiClient.Response health = new ApiClient(server, json).get("/health");

        assertThat(health.status()).isEqualTo(200);
        assertThat(health.map()).containsEntry("status", "UP");
    }

    @Test
    void unknownPagePathsGetTheSinglePageApp() {
        ApiClient client = new ApiClient(server, json);

        ApiClient.Response root = client.get("/");
        ApiClient.Response deepLink = client.get("/admin/users");

        assertThat(root.status()).isEqualTo(200);
        assertThat(root.body()).contains("<div id=\"app\"");
        assertThat(deepLink.status()).isEqualTo(200);
        assertThat(deepLink.contentType()).startsWith("text/html");
        assertThat(deepLink.body()).isEqualTo(root.body());
    }

    @Test
    void unknownApiAndAssetPathsStayProblems() {
        ApiClient client = new ApiClient(server, json);

        for (String path : new String[] {"/api/nothing-here", "/assets/missing.js", "/favicon-missing.png"}) {
            ApiClient.Response response = client.get(path);
            assertThat(response.status()).as(path).isEqualTo(404);
            assertThat(response.contentType()).as(path).startsWith("application/problem+json");
            assertThat(response.map()).containsEntry("detail", "请求的内容不存在");
        }
    }

    @Test
    void openApiAndSwaggerUiAreServed() {
        ApiClient client = new ApiClient(server, json);

        ApiClient.Response spec = client.get("/swagger/pingxuan-openapi.yml");
        ApiClient.Response ui = client.get("/swagger-ui/index.html");

        assertThat(spec.status()).isEqualTo(200);
        assertThat(spec.body()).contains("/api/auth/login").contains("/api/admin/users/import/preview");
        assertThat(ui.status()).isEqualTo(200);
        assertThat(ui.body()).containsIgnoringCase("swagger");
    }

    @Test
    void wrongMethodsAndMalformedBodiesAreProblemsToo() {
        ApiClient client = new ApiClient(server, json);

        ApiClient.Response malformed = client.postRaw("/api/auth/login", "application/json", "{not json");
        ApiClient.Response wrongMethod = client.delete("/api/me");

        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.contentType()).startsWith("application/problem+json");
        assertThat(malformed.map()).containsEntry("title", "请求无效");
        assertThat(wrongMethod.status()).isIn(401, 405);
        assertThat(wrongMethod.contentType()).startsWith("application/problem+json");
    }
}
