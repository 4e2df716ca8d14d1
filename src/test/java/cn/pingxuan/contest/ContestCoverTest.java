package cn.pingxuan.contest;

import cn.pingxuan.account.DemoAccounts;
import cn.pingxuan.support.ApiClient;
import cn.pingxuan.support.TusUploads;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest(transactional = false)
@Tag("db")
class ContestCoverTest {

    @Inject
    EmbeddedServer server;
    @Inject
    JsonMapper json;

    @Test
    void anOrganizerUploadsACoverThatEveryoneSeesOnceTheContestIsPublic() throws Exception {
        ApiClient organizer = ApiClient.loggedIn(server, json, "organizer", DemoAccounts.PASSWORD);
        Map<String, Object> contest = organizer.post("/api/organize/contests", ContestFixtures.openNow(unitId(organizer))).map();
        String id = String.valueOf(contest.get("id"));
        byte[] png = png();

        new TusUploads(server).upload(organizer, png, Map.of("purpose", "contest-cover", "contestId", id,
                "filename", "封面.png", "filetype", "image/png"));

        String coverUrl = (String) organizer.get("/api/contests/" + id).map().get("coverUrl");
        assertThat(coverUrl).startsWith("/api/contests/" + id + "/cover?v=");
        ApiClient visitor = new ApiClient(server, json);
        assertThat(visitor.getBinary(coverUrl).status()).as("a draft's cover stays private").isEqualTo(404);

        organizer.post("/api/organize/contests/" + id + "/status", Map.of("status", "OPEN"));
        ApiClient.BinaryResponse cover = visitor.getBinary(coverUrl);
        assertThat(cover.status()).isEqualTo(200);
        assertThat(cover.body()).isEqualTo(png);
        assertThat(cover.header("Content-Type")).startsWith("image/png");
        assertThat(cover.header("Cache-Control")).contains("immutable");
    }

    @Test
    void onlyItsOrganizersUploadACoverAndOnlyAnImage() throws Exception {
        ApiClient organizer = ApiClient.loggedIn(server, json, "organizer", DemoAccounts.PASSWORD);
        String id = String.valueOf(organizer.post("/api/organize/contests", ContestFixtures.openNow(unitId(organizer))).map().get("id"));
        TusUploads tus = new TusUploads(server);
        Map<String, String> metadata = Map.of("purpose", "contest-cover", "contestId", id, "filename", "x.png", "filetype", "image/png");

        ApiClient student = ApiClient.loggedIn(server, json, "student", DemoAccounts.PASSWORD);
        assertThat(tus.create(student, 1000, metadata).statusCode()).isEqualTo(403);
        assertThat(tus.create(organizer, 11L * 1024 * 1024, metadata).statusCode()).isEqualTo(413);

        byte[] html = "<!DOCTYPE html><script>alert(1)</script>".getBytes(StandardCharsets.UTF_8);
        String location = tus.create(organizer, html.length, metadata).headers().firstValue("Location").orElseThrow();
        assertThat(tus.patch(organizer, location, 0, html).statusCode()).isEqualTo(415);
        assertThat(organizer.get("/api/contests/" + id).map().get("coverUrl")).isNull();
    }

    private static long unitId(ApiClient client) {
        return client.get("/api/units").list().stream().filter(u -> "示范大学".equals(u.get("name")))
                .map(u -> ((Number) u.get("id")).longValue()).findFirst().orElseThrow();
    }

    private static byte[] png() throws Exception {
        BufferedImage image = new BufferedImage(64, 36, BufferedImage.TYPE_INT_RGB);
        image.getGraphics().fillRect(8, 8, 20, 10);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }
}
