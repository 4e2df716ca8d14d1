package cn.pingxuan.media;

import cn.pingxuan.storage.BlobStore;
import cn.pingxuan.support.ApiClient;
import io.micronaut.jdbc.DataSourceResolver;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Calendar;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;

import static cn.pingxuan.media.MediaFixtures.ESSAY;
import static cn.pingxuan.media.MediaFixtures.TEST_VIDEO;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Originals go through the durable job queue and end with their web-ready derivatives, or failed with a reason a
 * student reads; a job left behind by a dead worker is finished by a live one, with exactly one set of derivatives.
 */
@MicronautTest(transactional = false)
@Tag("db")
class MediaPipelineTest {

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
    @Inject
    DataSource dataSource;
    @Inject
    DataSourceResolver dataSourceResolver;

    @Test
    void aVideoBecomesAWebVideoWithAPosterAndThumbnailsThatSeek() throws Exception {
        MediaFixtures.Works works = MediaFixtures.newContest(server, json);
        ApiClient student = works.student();
        long entryId = works.newEntry(works.videoCategory());
        Asset original = attach(entryId, Files.readAllBytes(TEST_VIDEO), "video/mp4", "我的作品.mp4");

        Asset done = awaitDone(original.id());

        assertThat(done.status()).as(String.valueOf(done.error())).isEqualTo(AssetStatus.READY);
        assertThat(done.progress()).isEqualTo(100);
        assertThat(done.width()).isEqualTo(854);
        assertThat(done.height()).isEqualTo(480);
        assertThat(done.durationMs()).isBetween(1_800L, 2_300L);
        assertThat(done.details()).isNotBlank();
        List<Asset> derivatives = assetRepository.findBySourceId(original.id());
        assertThat(derivatives).extracting(Asset::role)
                .containsExactlyInAnyOrder(AssetRole.VIDEO_WEB, AssetRole.POSTER, AssetRole.THUMB_LARGE, AssetRole.THUMB_SMALL);
        Asset web = MediaFixtures.byRole(derivatives).get(AssetRole.VIDEO_WEB);
        assertThat(web.height()).isLessThanOrEqualTo(720);

        Map<String, Object> file = MediaFixtures.files(student.get("/api/entries/" + entryId).map()).get(0);
        assertThat(file).containsEntry("status", "READY").containsEntry("progress", 100);
        assertThat(MediaFixtures.renditionRoles(file)).contains("VIDEO_WEB", "POSTER", "THUMB_SMALL");
        ApiClient.BinaryResponse range = student.getBinary("/api/entries/" + entryId + "/files/" + web.id(), "Range", "bytes=100-199");
        assertThat(range.status()).isEqualTo(206);
        assertThat(range.body()).hasSize(100);
        assertThat(range.header("Content-Type")).startsWith("video/mp4");
        assertThat(range.header("Content-Disposition")).startsWith("inline");
        ApiClient.BinaryResponse originalDownload = student.getBinary("/api/entries/" + entryId + "/files/" + original.id());
        assertThat(originalDownload.status()).isEqualTo(200);
        assertThat(originalDownload.header("Content-Disposition")).startsWith("attachment");
    }

    @Test
    void anEssayIsExtractedCountedAndPreviewed() throws Exception {
        MediaFixtures.Works works = MediaFixtures.newContest(server, json);
        long entryId = works.newEntry(works.essayCategory());
        Asset original = attach(entryId, ESSAY.getBytes(StandardCharsets.UTF_8), "text/plain", "征文.txt");

        Asset done = awaitDone(original.id());

        assertThat(done.status()).as(String.valueOf(done.error())).isEqualTo(AssetStatus.READY);
        assertThat(done.characters()).as("108 汉字 + 12 letters + 4 digits").isEqualTo(124);
        Map<AssetRole, Asset> derivatives = MediaFixtures.byRole(assetRepository.findBySourceId(original.id()));
        assertThat(derivatives).containsOnlyKeys(AssetRole.TEXT, AssetRole.PDF_PREVIEW);
        ApiClient.BinaryResponse text = works.student()
                .getBinary("/api/entries/" + entryId + "/files/" + derivatives.get(AssetRole.TEXT).id());
        assertThat(new String(text.body(), StandardCharsets.UTF_8)).contains("不造谣、不信谣、不传谣");
        assertThat(derivatives.get(AssetRole.PDF_PREVIEW).contentType()).isEqualTo("image/png");
    }

    @Test
    void aPosterSeriesGetsDisplayImagesAndThumbnailsInItsOrderWithoutMetadata() throws Exception {
        MediaFixtures.Works works = MediaFixtures.newContest(server, json);
        long entryId = works.newEntry(works.imageCategory());
        Asset second = MediaFixtures.attach(blobs, assets, entryId, 1, poster(3000, 2000, java.awt.Color.RED), "image/jpeg", "二.jpg");
        Asset first = MediaFixtures.attach(blobs, assets, entryId, 0, poster(800, 600, java.awt.Color.BLUE), "image/jpeg", "一.jpg");

        Asset big = awaitDone(second.id());
        Asset small = awaitDone(first.id());

        assertThat(big.status()).as(String.valueOf(big.error())).isEqualTo(AssetStatus.READY);
        assertThat(small.status()).as(String.valueOf(small.error())).isEqualTo(AssetStatus.READY);
        Map<AssetRole, Asset> derivatives = MediaFixtures.byRole(assetRepository.findBySourceId(big.id()));
        assertThat(derivatives).containsOnlyKeys(AssetRole.DISPLAY, AssetRole.THUMB_LARGE, AssetRole.THUMB_SMALL);
        assertThat(derivatives.get(AssetRole.DISPLAY).width()).isEqualTo(2048);
        assertThat(derivatives.values()).allMatch(d -> d.ordinal() == 1);
        List<Map<String, Object>> files = MediaFixtures.files(works.student().get("/api/entries/" + entryId).map());
        assertThat(files).extracting(f -> f.get("fileName")).containsExactly("一.jpg", "二.jpg");
        byte[] display = works.student().getBinary("/api/entries/" + entryId + "/files/" + derivatives.get(AssetRole.DISPLAY).id()).body();
        assertThat(new String(display, StandardCharsets.ISO_8859_1)).doesNotContain("Exif").doesNotContain("Pingxuan test camera");
    }

    @Test
    void aPosterBelowTheMinimumResolutionIsRefusedWithTheSizes() throws Exception {
        MediaFixtures.Works works = MediaFixtures.newContest(server, json);
        long entryId = works.newEntry(works.imageCategory());

        Asset done = awaitDone(MediaFixtures.attach(blobs, assets, entryId, poster(320, 200, java.awt.Color.GREEN), "image/jpeg", "小.jpg").id());

        assertThat(done.status()).isEqualTo(AssetStatus.FAILED);
        assertThat(done.error()).contains("320").contains("400");
    }

    /** A JPEG with a comment naming a camera: metadata the display image must not carry. */
    private static byte[] poster(int width, int height, java.awt.Color accent) throws Exception {
        java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(width, height, java.awt.image.BufferedImage.TYPE_INT_RGB);
        java.awt.Graphics2D g = image.createGraphics();
        g.setColor(java.awt.Color.WHITE);
        g.fillRect(0, 0, width, height);
        g.setColor(accent);
        g.fillOval(width / 8, height / 8, width / 2, height / 2);
        g.dispose();
        javax.imageio.ImageWriter writer = javax.imageio.ImageIO.getImageWritersByFormatName("jpeg").next();
        javax.imageio.ImageWriteParam param = writer.getDefaultWriteParam();
        javax.imageio.metadata.IIOMetadata metadata = writer.getDefaultImageMetadata(
                new javax.imageio.ImageTypeSpecifier(image), param);
        org.w3c.dom.Node tree = metadata.getAsTree("javax_imageio_jpeg_image_1.0");
        javax.imageio.metadata.IIOMetadataNode com = new javax.imageio.metadata.IIOMetadataNode("com");
        com.setAttribute("comment", "Pingxuan test camera");
        ((org.w3c.dom.Element) tree).getElementsByTagName("markerSequence").item(0).appendChild(com);
        metadata.setFromTree("javax_imageio_jpeg_image_1.0", tree);
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        try (javax.imageio.stream.ImageOutputStream stream = javax.imageio.ImageIO.createImageOutputStream(out)) {
            writer.setOutput(stream);
            writer.write(new javax.imageio.IIOImage(image, null, metadata));
        }
        writer.dispose();
        byte[] bytes = out.toByteArray();
        if (!new String(bytes, StandardCharsets.ISO_8859_1).contains("Pingxuan test camera")) {
            throw new AssertionError("the source JPEG should carry the comment");
        }
        return bytes;
    }

    @Test
    void aRejectedFileFailsWithItsReasonAndIsNotRetried() throws Exception {
        MediaFixtures.Works works = MediaFixtures.newContest(server, json);
        long entryId = works.newEntry(works.essayCategory());
        Asset original = attach(entryId, "太短了。".getBytes(StandardCharsets.UTF_8), "text/plain", "短文.txt");

        Asset done = awaitDone(original.id());

        assertThat(done.status()).isEqualTo(AssetStatus.FAILED);
        assertThat(done.error()).contains("字").contains("10");
        assertThat(assetRepository.findBySourceId(original.id())).isEmpty();
        // a job that ended normally leaves no row behind; a job to be retried would still be scheduled
        assertThat(scheduledJobs("asset-" + original.id())).isZero();
    }

    @Test
    void aMissingOrTruncatedFileFailsWithAReasonTheStudentReads() {
        MediaFixtures.Works works = MediaFixtures.newContest(server, json);
        long entryId = works.newEntry(works.videoCategory());
        String key = "entries/" + entryId + "/original/short";
        blobs.put(key, new ByteArrayInputStream(new byte[10]), "video/mp4");

        Asset missing = assets.recordOriginal(entryId, 0, "entries/" + entryId + "/original/never-stored", "a.mp4", "video/mp4", 10, null);
        Asset truncated = assets.recordOriginal(entryId, 1, key, "b.mp4", "video/mp4", 11, null);

        assertThat(awaitDone(missing.id())).extracting(Asset::status, Asset::error).containsExactly(AssetStatus.FAILED, "文件丢失，请重新上传");
        assertThat(awaitDone(truncated.id())).extracting(Asset::status, Asset::error).containsExactly(AssetStatus.FAILED, "文件不完整，请重新上传");
    }

    @Test
    void aJobOfAWorkerThatDiedIsFinishedByALiveOneWithOneSetOfDerivatives() throws Exception {
        MediaFixtures.Works works = MediaFixtures.newContest(server, json);
        long entryId = works.newEntry(works.essayCategory());
        byte[] content = ESSAY.getBytes(StandardCharsets.UTF_8);
        String key = "entries/" + entryId + "/original/killed";
        blobs.put(key, new ByteArrayInputStream(content), "text/plain");
        // the original was recorded and its job picked by a worker that was killed mid-way: it had stored one
        // derivative's file but no row, and has sent no heartbeat for an hour
        Asset original = assetRepository.save(Asset.original(entryId, 0, key, "征文.txt", "text/plain", content.length, null));
        blobs.put("entries/" + entryId + "/derived/" + original.id() + "/text.txt",
                new ByteArrayInputStream("half-written".getBytes(StandardCharsets.UTF_8)), "text/plain");
        plantDeadExecution("asset-" + original.id(), json.writeValueAsBytes(new MediaJob(original.id())));

        Asset done = awaitDone(original.id());

        assertThat(done.status()).as(String.valueOf(done.error())).isEqualTo(AssetStatus.READY);
        List<Asset> derivatives = assetRepository.findBySourceId(original.id());
        assertThat(derivatives).extracting(Asset::role).containsExactlyInAnyOrder(AssetRole.TEXT, AssetRole.PDF_PREVIEW);
        try (InputStream in = blobs.get(MediaFixtures.byRole(derivatives).get(AssetRole.TEXT).storageKey())) {
            assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).contains("网络文明").doesNotContain("half-written");
        }
        assertThat(scheduledJobs("asset-" + original.id())).isZero();
    }

    @Test
    void replacingAnOriginalRemovesItsDerivativesAndTheirFiles() {
        MediaFixtures.Works works = MediaFixtures.newContest(server, json);
        long entryId = works.newEntry(works.essayCategory());
        Asset first = awaitDone(attach(entryId, ESSAY.getBytes(StandardCharsets.UTF_8), "text/plain", "一稿.txt").id());
        List<Asset> firstDerivatives = assetRepository.findBySourceId(first.id());
        assertThat(firstDerivatives).isNotEmpty();

        Asset second = awaitDone(attach(entryId, (ESSAY + "修改后的结尾。").getBytes(StandardCharsets.UTF_8), "text/plain", "二稿.txt").id());

        assertThat(second.status()).isEqualTo(AssetStatus.READY);
        assertThat(assetRepository.findById(first.id())).isEmpty();
        assertThat(assetRepository.findBySourceId(first.id())).isEmpty();
        firstDerivatives.forEach(d -> assertThat(blobs.stat(d.storageKey())).as(d.storageKey()).isEmpty());
    }

    Asset attach(long entryId, byte[] content, String contentType, String fileName) {
        return MediaFixtures.attach(blobs, assets, entryId, content, contentType, fileName);
    }

    Asset awaitDone(long assetId) {
        return MediaFixtures.awaitDone(assetRepository, assetId);
    }

    private int scheduledJobs(String instance) throws Exception {
        try (Connection c = connection();
             PreparedStatement s = c.prepareStatement("SELECT COUNT(*) FROM scheduled_tasks WHERE task_instance = ?")) {
            s.setString(1, instance);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getInt(1);
            }
        }
    }

    private void plantDeadExecution(String instance, byte[] data) throws Exception {
        Timestamp anHourAgo = Timestamp.from(Instant.now().minus(Duration.ofHours(1)));
        Calendar utc = Calendar.getInstance(TimeZone.getTimeZone("UTC"));
        try (Connection c = connection(); PreparedStatement s = c.prepareStatement("""
                INSERT INTO scheduled_tasks (task_name, task_instance, task_data, execution_time, picked, picked_by,
                    last_heartbeat, version) VALUES ('media-process', ?, ?, ?, TRUE, 'killed-worker', ?, 1)""")) {
            s.setString(1, instance);
            s.setBytes(2, data);
            s.setTimestamp(3, anHourAgo, utc);
            s.setTimestamp(4, anHourAgo, utc);
            s.executeUpdate();
            if (!c.getAutoCommit()) {
                c.commit();
            }
        }
    }

    private Connection connection() throws Exception {
        return dataSourceResolver.resolve(dataSource).getConnection();
    }
}
