package cn.pingxuan.media;

import cn.pingxuan.account.DemoAccounts;
import cn.pingxuan.storage.BlobStore;
import cn.pingxuan.support.ApiClient;
import cn.pingxuan.support.TestAccounts;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/** Contests, entries and finished uploads for pipeline tests, made the way organizers, students and tus make them. */
public final class MediaFixtures {

    /** A real 2-s 854×480 H.264/AAC clip (the browser journeys use it too). */
    public static final Path TEST_VIDEO = Path.of("frontend/e2e/fixtures/test-pattern.mp4");
    public static final String ESSAY = """
            网络文明是网络空间的底色。我们每个人都是网络空间的参与者，也是网络文明的建设者。
            在信息飞速传播的今天，一条未经核实的消息，可能在几分钟内传遍全网；一句刻薄的评论，可能让人心灰意冷。
            因此，我们要做到不造谣、不信谣、不传谣，遇事先核实，发言多思考。Be kind online, 2026!
            """;

    private MediaFixtures() {
    }

    /**
     * The test video grown to {@code size} bytes by a trailing MP4 {@code free} box of random filler: still a valid,
     * playable file, and each seed gives different bytes.
     */
    public static byte[] paddedTestVideo(int size, long seed) {
        try {
            byte[] video = Files.readAllBytes(TEST_VIDEO);
            int padding = size - video.length;
            if (padding < 8) {
                throw new IllegalArgumentException("the test video alone is " + video.length + " bytes");
            }
            byte[] padded = Arrays.copyOf(video, size);
            ByteBuffer.wrap(padded, video.length, 8).putInt(padding).put(new byte[] {'f', 'r', 'e', 'e'});
            byte[] filler = new byte[padding - 8];
            new Random(seed).nextBytes(filler);
            System.arraycopy(filler, 0, padded, video.length + 8, filler.length);
            return padded;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public record Works(long contestId, long videoCategory, long essayCategory, long imageCategory, ApiClient organizer,
                        ApiClient student) {
        public long newEntry(long categoryId) {
            Map<String, Object> entry = student.post("/api/entries",
                    Map.of("contestId", contestId, "categoryId", categoryId, "title", "作品", "pledgeAccepted", true)).map();
            return ((Number) entry.get("id")).longValue();
        }
    }

    /**
     * An open contest of the demo organizer with a video (≤ 60 s), an essay (10–5000 字, TXT) and a poster series
     * (≥ 400×300, up to 3 images) category.
     */
    @SuppressWarnings("unchecked")
    public static Works newContest(EmbeddedServer server, JsonMapper json) {
        ApiClient organizer = ApiClient.loggedIn(server, json, "organizer", DemoAccounts.PASSWORD);
        Map<String, Object> form = new HashMap<>();
        form.put("title", "媒体处理测试");
        form.put("ownerUnitId", TestAccounts.unitId(organizer, "示范大学"));
        form.put("submissionOpensAt", Instant.now().minus(Duration.ofDays(1)).toString());
        form.put("submissionClosesAt", Instant.now().plus(Duration.ofDays(1)).toString());
        form.put("maxEntriesPerStudent", 3);
        form.put("categories", List.of(
                Map.of("name", "视频", "kind", "VIDEO", "maxBytes", 10_000_000L, "formats", List.of("mp4"), "maxDurationSec", 60),
                Map.of("name", "征文", "kind", "ESSAY", "maxBytes", 1_000_000L, "formats", List.of("txt"),
                        "minChars", 10, "maxChars", 5000),
                Map.of("name", "海报", "kind", "IMAGE", "maxBytes", 10_000_000L, "formats", List.of("jpg", "png"),
                        "minWidth", 400, "minHeight", 300, "maxImages", 3)));
        Map<String, Object> contest = organizer.post("/api/organize/contests", form).map();
        long contestId = ((Number) contest.get("id")).longValue();
        organizer.post("/api/organize/contests/" + contestId + "/status", Map.of("status", "OPEN"));
        List<Map<String, Object>> categories = (List<Map<String, Object>>) contest.get("categories");
        return new Works(contestId, ((Number) categories.get(0).get("id")).longValue(),
                ((Number) categories.get(1).get("id")).longValue(), ((Number) categories.get(2).get("id")).longValue(), organizer,
                TestAccounts.newUser(server, json, "STUDENT", "软件2301班"));
    }

    /** What a finished upload leaves behind: the stored file and its original, handed to the pipeline. */
    public static Asset attach(BlobStore blobs, MediaAssets assets, long entryId, byte[] content, String contentType,
                               String fileName) {
        return attach(blobs, assets, entryId, 0, content, contentType, fileName);
    }

    public static Asset attach(BlobStore blobs, MediaAssets assets, long entryId, int ordinal, byte[] content,
                               String contentType, String fileName) {
        String key = "entries/" + entryId + "/original/" + System.nanoTime();
        blobs.put(key, new ByteArrayInputStream(content), contentType);
        return assets.recordOriginal(entryId, ordinal, key, fileName, contentType, content.length, null);
    }

    static Asset awaitDone(AssetRepository assets, long assetId) {
        return awaitDone(assetId, id -> assets.findById(id).orElseThrow());
    }

    private static Asset awaitDone(long assetId, java.util.function.LongFunction<Asset> load) {
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (System.nanoTime() < deadline) {
            Asset asset = load.apply(assetId);
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
        throw new AssertionError("asset " + assetId + " still processing after 90 s");
    }

    /** Waits for the pipeline and insists the file became usable. */
    public static Asset awaitReady(MediaAssets assets, long assetId) {
        Asset done = awaitDone(assetId, id -> assets.find(id).orElseThrow());
        if (done.status() != AssetStatus.READY) {
            throw new AssertionError("asset " + assetId + " failed: " + done.error());
        }
        return done;
    }

    static Map<AssetRole, Asset> byRole(List<Asset> assets) {
        Map<AssetRole, Asset> byRole = new HashMap<>();
        assets.forEach(a -> byRole.put(a.role(), a));
        return byRole;
    }

    @SuppressWarnings("unchecked")
    public static List<Map<String, Object>> files(Map<String, Object> entry) {
        return (List<Map<String, Object>>) entry.get("files");
    }

    @SuppressWarnings("unchecked")
    public static List<Object> renditionRoles(Map<String, Object> file) {
        return ((List<Map<String, Object>>) file.get("renditions")).stream().map(r -> r.get("role")).toList();
    }
}
