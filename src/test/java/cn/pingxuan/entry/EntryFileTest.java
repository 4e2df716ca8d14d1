package cn.pingxuan.entry;

import cn.pingxuan.account.DemoAccounts;
import cn.pingxuan.media.MediaAssets;
import cn.pingxuan.storage.BlobStore;
import cn.pingxuan.support.ApiClient;
import cn.pingxuan.support.TestAccounts;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The work itself: served with Range support to those who may read the entry, and to nobody else. */
@MicronautTest(transactional = false)
@Tag("db")
class EntryFileTest {

    @Inject
    EmbeddedServer server;
    @Inject
    JsonMapper json;
    @Inject
    MediaAssets assets;
    @Inject
    BlobStore blobs;

    @Test
    void theFileIsServedWholeOrByRangeToThoseWhoMayReadIt() {
        ApiClient organizer = ApiClient.loggedIn(server, json, "organizer", DemoAccounts.PASSWORD);
        EntryFixtures.OpenContest contest = EntryFixtures.openContest(organizer, false, Instant.now().plus(Duration.ofDays(2)));
        ApiClient student = TestAccounts.newUser(server, json, "STUDENT", "软件2301班");
        long entryId = EntryFixtures.id(student.post("/api/entries", EntryFixtures.entryForm(contest, contest.videoCategory())));
        byte[] content = new byte[1000];
        for (int i = 0; i < content.length; i++) {
            content[i] = (byte) i;
        }
        String key = "entries/" + entryId + "/original/range-test";
        blobs.put(key, new ByteArrayInputStream(content), "video/mp4");
        long assetId = assets.recordOriginal(entryId, 0, key, "我的作品.mp4", "video/mp4", content.length, null).id();
        String url = "/api/entries/" + entryId + "/files/" + assetId;

        ApiClient.BinaryResponse whole = student.getBinary(url);
        assertThat(whole.status()).isEqualTo(200);
        assertThat(whole.body()).isEqualTo(content);
        assertThat(whole.header("Accept-Ranges")).isEqualTo("bytes");
        assertThat(whole.header("Content-Type")).startsWith("video/mp4");
        // the student's own file downloads under its name; browsers display only the pipeline's renditions
        assertThat(whole.header("Content-Disposition")).startsWith("attachment;").contains("UTF-8''%E6%88%91");

        ApiClient.BinaryResponse middle = student.getBinary(url, "Range", "bytes=100-199");
        assertThat(middle.status()).isEqualTo(206);
        assertThat(middle.header("Content-Range")).isEqualTo("bytes 100-199/1000");
        assertThat(middle.body()).isEqualTo(Arrays.copyOfRange(content, 100, 200));

        ApiClient.BinaryResponse tail = student.getBinary(url, "Range", "bytes=-10");
        assertThat(tail.header("Content-Range")).isEqualTo("bytes 990-999/1000");
        assertThat(tail.body()).isEqualTo(Arrays.copyOfRange(content, 990, 1000));

        ApiClient.BinaryResponse beyond = student.getBinary(url, "Range", "bytes=5000-");
        assertThat(beyond.status()).isEqualTo(416);
        assertThat(beyond.header("Content-Range")).isEqualTo("bytes */1000");

        assertThat(organizer.getBinary(url).status()).isEqualTo(200);
        assertThat(ApiClient.loggedIn(server, json, "unitadmin", DemoAccounts.PASSWORD).getBinary(url).status()).isEqualTo(200);
        for (ApiClient stranger : List.of(TestAccounts.newUser(server, json, "STUDENT", "软件2301班"),
                ApiClient.loggedIn(server, json, "judge", DemoAccounts.PASSWORD),
                TestAccounts.newUser(server, json, "UNIT_ADMIN", "文学院"))) {
            assertThat(stranger.getBinary(url).status()).isEqualTo(404);
            assertThat(stranger.get("/api/entries/" + entryId).status()).isEqualTo(404);
        }
        assertThat(new ApiClient(server, json).getBinary(url).status()).isEqualTo(401);
        assertThat(student.getBinary("/api/entries/" + entryId + "/files/999999").status()).isEqualTo(404);
        assertThat(organizer.get("/api/entries/" + entryId).map()).containsEntry("title", "指尖上的文明");
    }
}
