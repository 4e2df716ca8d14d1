package cn.pingxuan.upload;

import static org.assertj.core.api.Assertions.assertThat;

import cn.pingxuan.media.Asset;
import cn.pingxuan.media.AssetRole;
import cn.pingxuan.media.MediaAssets;
import cn.pingxuan.media.MediaFixtures;
import cn.pingxuan.storage.BlobStore;
import cn.pingxuan.storage.PartInfo;
import cn.pingxuan.storage.S3ProxyServer;
import cn.pingxuan.support.ApiClient;
import cn.pingxuan.support.Eventually;
import cn.pingxuan.support.OutageAssertions;
import cn.pingxuan.support.TempDirs;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.Timeout;

/**
 * The object store goes away under a running portal (S3Proxy stopped) and comes back on the same port with the same
 * files: meanwhile uploads and playback answer 503 with Retry-After, {@code /health} says DOWN and the rest of the
 * portal keeps answering; nothing is recorded that the store lacks; afterwards the same upload resumes and
 * playback works, without restarting the portal.
 */
@MicronautTest(transactional = false)
@Tag("outage")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StoreOutageTest implements TestPropertyProvider {

    private static final int MIB = 1024 * 1024;
    /** Connection refused comes at once; this bounds the answer on a loaded machine, far below a hang. */
    private static final Duration FAST = Duration.ofSeconds(10);

    @Inject
    EmbeddedServer server;
    @Inject
    JsonMapper json;
    @Inject
    BlobStore store;
    @Inject
    MediaAssets assets;
    @Inject
    UploadRepository uploads;
    @Inject
    UploadPartRepository parts;

    private Path workDir;
    private S3ProxyServer s3;

    @Override
    public Map<String, String> getProperties() {
        try {
            workDir = Files.createTempDirectory("pingxuan-store-outage");
            s3 = S3ProxyServer.start(workDir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        return Map.of(
                "pingxuan.storage.type", "s3",
                "pingxuan.storage.s3.endpoint", s3.endpoint(),
                "pingxuan.storage.s3.access-key", S3ProxyServer.ACCESS_KEY,
                "pingxuan.storage.s3.secret-key", S3ProxyServer.SECRET_KEY,
                "pingxuan.storage.s3.bucket", "outage-test",
                "pingxuan.storage.health-cache", "500ms",
                "pingxuan.http.retry-after", "7s");
    }

    @AfterAll
    void stopS3() throws InterruptedException, IOException {
        if (s3 != null) {
            s3.close();
        }
        TempDirs.deleteTree(workDir);
    }

    @Test
    @Timeout(value = 4, unit = TimeUnit.MINUTES)
    void uploadsAndPlaybackWaitOutTheOutageAndResumeWithoutARestart() throws Exception {
        MediaFixtures.Works works = MediaFixtures.newContest(server, json);
        ApiClient student = works.student();
        ApiClient visitor = new ApiClient(server, json);
        TusTestClient tus = new TusTestClient(student, server.getURI());

        // a processed work to play back, and an upload with one part and a tail stored
        long playedEntry = works.newEntry(works.videoCategory());
        Asset original = MediaFixtures.attach(store, assets, playedEntry,
                Files.readAllBytes(MediaFixtures.TEST_VIDEO), "video/mp4", "作品.mp4");
        MediaFixtures.awaitReady(assets, original.id());
        Asset webVideo = assets.work(original.id()).orElseThrow().derivative(AssetRole.VIDEO_WEB).orElseThrow();
        String playback = "/api/entries/" + playedEntry + "/files/" + webVideo.id();
        long uploadEntry = works.newEntry(works.videoCategory());
        byte[] file = MediaFixtures.paddedTestVideo(9 * MIB, 7);
        String location = created(tus.create(file.length, entryUpload(uploadEntry)));
        String uploadId = location.substring(location.lastIndexOf('/') + 1);
        int firstChunk = 8 * MIB + 300_000;
        assertThat(tus.patch(location, 0, file, 0, firstChunk).status()).isEqualTo(204);
        Upload before = uploads.findById(uploadId).orElseThrow();
        assertThat(before.tailBytes()).as("the test needs a part and a tail").isPositive();
        String untouched = created(tus.create(file.length, entryUpload(works.newEntry(works.videoCategory()))));
        String untouchedId = untouched.substring(untouched.lastIndexOf('/') + 1);
        assertThat(visitor.get("/health").status()).isEqualTo(200);
        long uploadsBefore = uploads.count();

        int port = s3.port();
        s3.close();
        try {
            ApiClient.Response health = Eventually.await(Duration.ofSeconds(30), "/health DOWN",
                    () -> visitor.get("/health"), r -> r.status() == 503);
            assertThat(health.body()).contains("DOWN");

            long started = System.nanoTime();
            ApiClient.Response patch = tus.patch(location, firstChunk, file, firstChunk, file.length);
            OutageAssertions.assertUnavailable(patch, "storage-unavailable", started, FAST);
            assertThat(patch.headers().firstValue("Retry-After")).hasValue("7");
            assertThat(patch.map().get("detail")).asString().contains("文件存储");

            assertThat(tus.offset(location)).as("HEAD gives the stored offset").isEqualTo(firstChunk);

            // the whole file in one PATCH: its first part cannot be stored, so none of it counts
            started = System.nanoTime();
            OutageAssertions.assertUnavailable(tus.patch(untouched, 0, file), "storage-unavailable", started, FAST);
            assertThat(tus.offset(untouched)).isZero();
            assertThat(uploads.findById(untouchedId).orElseThrow().multipartId()).isNull();

            started = System.nanoTime();
            ApiClient.Response creation = tus.create(file.length, entryUpload(uploadEntry));
            OutageAssertions.assertUnavailable(creation, "storage-unavailable", started, FAST);

            started = System.nanoTime();
            ApiClient.BinaryResponse media = student.getBinary(playback, "Range", "bytes=0-1023");
            OutageAssertions.assertUnavailable(media, "storage-unavailable", started, FAST);

            // the rest of the portal answers from the database
            assertThat(student.get("/api/me").status()).isEqualTo(200);
            ApiClient.Response entry = student.get("/api/entries/" + uploadEntry);
            assertThat(entry.status()).isEqualTo(200);
            assertThat(MediaFixtures.files(entry.map())).as("no half-recorded file").isEmpty();
            assertThat(uploads.count()).as("the refused creation left no upload behind").isEqualTo(uploadsBefore);
            Upload during = uploads.findById(uploadId).orElseThrow();
            assertThat(during.receivedBytes()).isEqualTo(before.receivedBytes());
            assertThat(during.status()).isEqualTo(UploadStatus.RECEIVING);
        } finally {
            s3 = S3ProxyServer.start(workDir, port);
        }

        Eventually.await(Duration.ofSeconds(60), "/health UP", () -> visitor.get("/health"), r -> r.status() == 200);
        Upload stored = uploads.findById(uploadId).orElseThrow();
        List<PartInfo> recorded = parts.findByUploadIdOrderByPartNumber(uploadId).stream().map(UploadPart::info).toList();
        assertThat(store.listParts(stored.blobKey(), stored.multipartId()))
                .as("every part the database records is in the store").containsExactlyElementsOf(recorded);

        assertThat(tus.offset(location)).isEqualTo(firstChunk);
        ApiClient.Response resumed = tus.patch(location, firstChunk, file, firstChunk, file.length);
        assertThat(resumed.status()).as(resumed.body()).isEqualTo(204);
        assertThat(resumed.headers().firstValue("Upload-Offset")).hasValue(Long.toString(file.length));
        List<Asset> originals = assets.originals(uploadEntry);
        assertThat(originals).hasSize(1);
        assertThat(originals.get(0).sha256()).isEqualTo(sha256(file));
        try (InputStream in = store.get(originals.get(0).storageKey())) {
            assertThat(sha256(in.readAllBytes())).isEqualTo(sha256(file));
        }

        // and the pipeline stores the new work's renditions again
        MediaFixtures.awaitReady(assets, originals.get(0).id());

        ApiClient.BinaryResponse played = student.getBinary(playback, "Range", "bytes=0-1023");
        assertThat(played.status()).isEqualTo(206);
        try (InputStream in = store.get(webVideo.storageKey(), 0, 1024L)) {
            assertThat(played.body()).isEqualTo(in.readAllBytes());
        }
    }

    private static String sha256(byte[] bytes) throws NoSuchAlgorithmException {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    private static Map<String, String> entryUpload(long entryId) {
        return Map.of("purpose", "entry", "entryId", Long.toString(entryId), "filename", "作品.mp4", "filetype", "video/mp4");
    }

    private static String created(ApiClient.Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response.headers().firstValue("Location").orElseThrow();
    }
}
