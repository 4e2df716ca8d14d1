package cn.pingxuan.entry;

import cn.pingxuan.account.DemoAccounts;
import cn.pingxuan.media.MediaFixtures;
import cn.pingxuan.storage.BlobStore;
import cn.pingxuan.support.ApiClient;
import cn.pingxuan.support.TestAccounts;
import cn.pingxuan.support.TusUploads;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** A student's work arrives through the tus server into the entry: real client, real checks. */
@MicronautTest(transactional = false)
@Tag("db")
class EntryUploadTest {

    @Inject
    EmbeddedServer server;
    @Inject
    JsonMapper json;
    @Inject
    BlobStore blobs;

    private EntryFixtures.OpenContest contest;
    private ApiClient student;
    private long entryId;

    @BeforeEach
    void draftAnEntry() {
        ApiClient organizer = ApiClient.loggedIn(server, json, "organizer", DemoAccounts.PASSWORD);
        contest = EntryFixtures.openContest(organizer, false, Instant.now().plus(Duration.ofDays(2)));
        student = TestAccounts.newUser(server, json, "STUDENT", "软件2301班");
        entryId = EntryFixtures.id(student.post("/api/entries", EntryFixtures.entryForm(contest, contest.videoCategory())));
    }

    @Test
    void aTusClientUploadsTheVideoIntoTheEntryAndAReplacementTakesOverOnlyWhenComplete() throws Exception {
        byte[] first = MediaFixtures.paddedTestVideo(3 * 1024 * 1024 + 17, 1);
        upload(student, first, "第一版.mp4");

        Map<String, Object> entry = student.get("/api/entries/" + entryId).map();
        List<Map<String, Object>> files = (List<Map<String, Object>>) entry.get("files");
        assertThat(files).extracting("fileName").containsExactly("第一版.mp4");
        assertThat(files.get(0)).containsEntry("contentType", "video/mp4").containsEntry("bytes", first.length);
        long firstAsset = ((Number) files.get(0).get("id")).longValue();
        assertThat(sha256(student.getBinary("/api/entries/" + entryId + "/files/" + firstAsset).body())).isEqualTo(sha256(first));

        byte[] second = MediaFixtures.paddedTestVideo(1024 * 1024, 2);
        upload(student, second, "第二版.mp4");

        List<Map<String, Object>> replaced = (List<Map<String, Object>>) student.get("/api/entries/" + entryId).map().get("files");
        assertThat(replaced).extracting("fileName").containsExactly("第二版.mp4");
        assertThat(student.getBinary("/api/entries/" + entryId + "/files/" + firstAsset).status()).isEqualTo(404);
        assertThat(student.post("/api/entries/" + entryId + "/submit", Map.of()).map()).containsEntry("status", "SUBMITTED");
    }

    @Test
    void theContentNotTheNameDecides() throws Exception {
        byte[] exe = new byte[4096];
        exe[0] = 'M';
        exe[1] = 'Z';
        HttpResponse<String> created = create(student, exe.length, "作品.mp4", "video/mp4");
        String location = created.headers().firstValue("Location").orElseThrow();

        HttpResponse<String> refused = patch(student, location, exe);

        assertThat(refused.statusCode()).isEqualTo(415);
        assertThat(refused.body()).contains("可执行程序").contains("MP4");
        assertThat((List<?>) student.get("/api/entries/" + entryId).map().get("files")).isEmpty();
    }

    @Test
    void onlyTheSubmitterUploadsAndOnlyWithinTheCategorysLimit() throws Exception {
        ApiClient other = TestAccounts.newUser(server, json, "STUDENT", "软件2301班");

        assertThat(create(other, 1000, "a.mp4", "video/mp4").statusCode()).isEqualTo(404);
        HttpResponse<String> tooLarge = create(student, 200L * 1024 * 1024, "big.mp4", "video/mp4");
        assertThat(tooLarge.statusCode()).isEqualTo(413);
        assertThat(tooLarge.body()).contains("超过本类别 100.0 MB 的限制");
        assertThat(create(new ApiClient(server, json), 1000, "a.mp4", "video/mp4").statusCode()).isEqualTo(401);
    }

    private void upload(ApiClient client, byte[] content, String fileName) throws Exception {
        new TusUploads(server).upload(client, content, metadata(fileName, "video/mp4"));
    }

    private HttpResponse<String> create(ApiClient client, long length, String fileName, String type) throws Exception {
        return new TusUploads(server).create(client, length, metadata(fileName, type));
    }

    private HttpResponse<String> patch(ApiClient client, String location, byte[] body) throws Exception {
        return new TusUploads(server).patch(client, location, 0, body);
    }

    private Map<String, String> metadata(String fileName, String type) {
        return Map.of("purpose", "entry", "entryId", String.valueOf(entryId), "filename", fileName, "filetype", type);
    }

    private static String sha256(byte[] data) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data));
    }
}
