package cn.pingxuan.media;

import cn.pingxuan.account.DemoAccounts;
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
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** A recorded original goes through the durable job queue and ends usable, or failed with a reason. */
@MicronautTest(transactional = false)
@Tag("db")
class MediaProcessTest {

    @Inject
    EmbeddedServer server;
    @Inject
    JsonMapper json;
    @Inject
    MediaAssets assets;
    @Inject
    AssetRepository assetRepository;
    @Inject
    BlobStore blobs;

    @Test
    void aCompleteOriginalBecomesReadyWithItsDigest() throws Exception {
        long entryId = newEntry();
        byte[] content = new byte[300_000];
        new Random(7).nextBytes(content);
        String key = "entries/" + entryId + "/original/job-test";
        blobs.put(key, new ByteArrayInputStream(content), "video/mp4");

        Asset recorded = assets.recordOriginal(entryId, 0, key, "片子.mp4", "video/mp4", content.length, null);

        Asset done = awaitDone(recorded.id());
        assertThat(done.status()).isEqualTo(AssetStatus.READY);
        assertThat(done.sha256()).isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content)));
    }

    @Test
    void aMissingOrTruncatedFileFailsWithAReasonTheStudentReads() {
        long entryId = newEntry();
        String key = "entries/" + entryId + "/original/short";
        blobs.put(key, new ByteArrayInputStream(new byte[10]), "video/mp4");

        Asset missing = assets.recordOriginal(entryId, 0, "entries/" + entryId + "/original/never-stored", "a.mp4", "video/mp4", 10, null);
        Asset truncated = assets.recordOriginal(entryId, 1, key, "b.mp4", "video/mp4", 11, null);

        assertThat(awaitDone(missing.id())).extracting(Asset::status, Asset::error).containsExactly(AssetStatus.FAILED, "文件丢失，请重新上传");
        assertThat(awaitDone(truncated.id())).extracting(Asset::status, Asset::error).containsExactly(AssetStatus.FAILED, "文件不完整，请重新上传");
    }

    private Asset awaitDone(long assetId) {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < deadline) {
            Asset asset = assetRepository.findById(assetId).orElseThrow();
            if (asset.status() != AssetStatus.PROCESSING) {
                return asset;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
        throw new AssertionError("asset " + assetId + " still processing after 30 s");
    }

    private long newEntry() {
        ApiClient organizer = ApiClient.loggedIn(server, json, "organizer", DemoAccounts.PASSWORD);
        Map<String, Object> form = new HashMap<>();
        form.put("title", "媒体处理测试");
        form.put("ownerUnitId", TestAccounts.unitId(organizer, "示范大学"));
        form.put("submissionOpensAt", Instant.now().minus(Duration.ofDays(1)).toString());
        form.put("submissionClosesAt", Instant.now().plus(Duration.ofDays(1)).toString());
        form.put("categories", List.of(Map.of("name", "视频", "kind", "VIDEO", "maxBytes", 10_000_000L, "formats", List.of("mp4"))));
        Map<String, Object> contest = organizer.post("/api/organize/contests", form).map();
        long contestId = ((Number) contest.get("id")).longValue();
        organizer.post("/api/organize/contests/" + contestId + "/status", Map.of("status", "OPEN"));
        long categoryId = ((Number) ((List<Map<String, Object>>) contest.get("categories")).get(0).get("id")).longValue();
        ApiClient student = TestAccounts.newUser(server, json, "STUDENT", "软件2301班");
        Map<String, Object> entry = student.post("/api/entries",
                Map.of("contestId", contestId, "categoryId", categoryId, "title", "作品", "pledgeAccepted", true)).map();
        return ((Number) entry.get("id")).longValue();
    }
}
