package cn.pingxuan.common;

import cn.pingxuan.support.ApiClient;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import cn.pingxuan.account.DemoAccounts;
import cn.pingxuan.support.TestAccounts;
import cn.pingxuan.support.TusUploads;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** Every answer — page, API, problem, static file, uploaded file, API docs, share page — carries the protective headers. */
@MicronautTest
class SecurityHeadersTest {

    @Inject
    EmbeddedServer server;
    @Inject
    JsonMapper json;

    /** One answer of each kind: SPA page, API JSON, problem (404, 401), health, API docs, gallery share page. */
    @ParameterizedTest
    @ValueSource(strings = {"/", "/contests", "/api/contests", "/api/me", "/api/no-such-thing", "/health",
            "/swagger/pingxuan-openapi.yml", "/gallery/no-such-contest", "/gallery/no-such-contest/works/X-1",
            "/api/gallery", "/api/certificates/0000-0000-0000", "/assets/no-such-file.js"})
    void everyAnswerIsProtected(String path) {
        assertProtected(new ApiClient(server, json).getBinary(path));
    }

    @Test
    void staticFilesOfTheBuiltAppAreProtected() {
        ApiClient visitor = new ApiClient(server, json);
        Matcher script = Pattern.compile("src=\"(/assets/[^\"]+\\.js)\"").matcher(visitor.get("/").body());
        assertThat(script.find()).as("the built app's index.html names its script").isTrue();

        ApiClient.BinaryResponse asset = visitor.getBinary(script.group(1));

        assertThat(asset.status()).isEqualTo(200);
        assertProtected(asset);
    }

    @Test
    void uploadedFilesAreProtected() throws Exception {
        ApiClient organizer = ApiClient.loggedIn(server, json, "organizer", DemoAccounts.PASSWORD);
        Map<String, Object> form = new HashMap<>(Map.of("title", "安全头测试", "ownerUnitId", TestAccounts.unitId(organizer, "示范大学"),
                "submissionOpensAt", Instant.now().minus(Duration.ofDays(1)).toString(),
                "submissionClosesAt", Instant.now().plus(Duration.ofDays(1)).toString(),
                "advisorRequired", false, "requiresRecommendation", false));
        String id = String.valueOf(organizer.post("/api/organize/contests", form).map().get("id"));
        BufferedImage image = new BufferedImage(32, 18, BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(image, "png", png);
        new TusUploads(server).upload(organizer, png.toByteArray(), Map.of("purpose", "contest-cover", "contestId", id,
                "filename", "封面.png", "filetype", "image/png"));

        ApiClient.BinaryResponse cover = organizer.getBinary((String) organizer.get("/api/contests/" + id).map().get("coverUrl"));

        assertThat(cover.status()).isEqualTo(200);
        assertProtected(cover);
        ApiClient.Response options = new ApiClient(server, json).exchange("OPTIONS", "/api/uploads", Map.of(),
                HttpRequest.BodyPublishers.noBody());
        assertProtected(new ApiClient.BinaryResponse(options.status(), new byte[0], options.headers()));
    }

    private static void assertProtected(ApiClient.BinaryResponse response) {
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
