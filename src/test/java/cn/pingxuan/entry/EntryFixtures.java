package cn.pingxuan.entry;

import cn.pingxuan.media.MediaAssets;
import cn.pingxuan.media.MediaFixtures;
import cn.pingxuan.storage.BlobStore;
import cn.pingxuan.support.ApiClient;
import cn.pingxuan.support.TestAccounts;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** An open contest and complete entry forms, made through the API the way organizers and students make them. */
final class EntryFixtures {

    record OpenContest(long id, long videoCategory, long essayCategory) {
    }

    static OpenContest openContest(ApiClient organizer, boolean requiresRecommendation, Instant closes) {
        long university = TestAccounts.unitId(organizer, "示范大学");
        Map<String, Object> form = new HashMap<>();
        form.put("title", "争做好网民 · 作品征集");
        form.put("ownerUnitId", university);
        form.put("submissionOpensAt", Instant.now().minus(Duration.ofDays(1)).toString());
        form.put("submissionClosesAt", closes.toString());
        form.put("maxEntriesPerStudent", 2);
        form.put("maxTeamSize", 3);
        form.put("advisorRequired", true);
        form.put("requiresRecommendation", requiresRecommendation);
        Map<String, Object> video = new HashMap<>(Map.of("name", "短视频", "kind", "VIDEO", "maxBytes", 100L * 1024 * 1024,
                "formats", List.of("mp4"), "maxDurationSec", 300));
        Map<String, Object> essay = new HashMap<>(Map.of("name", "征文", "kind", "ESSAY", "maxBytes", 1024L * 1024,
                "formats", List.of("txt", "docx"), "minChars", 10, "maxChars", 5000));
        if (requiresRecommendation) {
            video.put("recommendationQuota", 1);
            essay.put("recommendationQuota", 2);
        }
        form.put("categories", new ArrayList<>(List.of(video, essay)));
        form.put("formFields", List.of(
                Map.of("key", "major_class", "label", "专业班级", "type", "TEXT", "required", true),
                Map.of("key", "grade", "label", "年级", "type", "SINGLE_CHOICE", "required", false, "options", List.of("大一", "大二"))));
        ApiClient.Response created = organizer.post("/api/organize/contests", form);
        if (created.status() != 201) {
            throw new AssertionError(created.toString());
        }
        long id = ((Number) created.map().get("id")).longValue();
        ApiClient.Response opened = organizer.post("/api/organize/contests/" + id + "/status", Map.of("status", "OPEN"));
        if (opened.status() != 200) {
            throw new AssertionError(opened.toString());
        }
        List<Map<String, Object>> categories = (List<Map<String, Object>>) created.map().get("categories");
        return new OpenContest(id, ((Number) categories.get(0).get("id")).longValue(), ((Number) categories.get(1).get("id")).longValue());
    }

    static Map<String, Object> entryForm(OpenContest contest, long categoryId) {
        Map<String, Object> form = new HashMap<>();
        form.put("contestId", contest.id());
        form.put("categoryId", categoryId);
        form.put("title", "指尖上的文明");
        form.put("summary", "用三分钟讲述一次网络谣言的破除。");
        form.put("advisorName", "刘老师");
        form.put("advisorUnit", "计算机学院");
        form.put("formData", Map.of("major_class", "软件2301班", "grade", "大二"));
        form.put("pledgeAccepted", true);
        return form;
    }

    /** What a finished upload of a real (2-s) video leaves behind (the tus server has its own tests). */
    static void attachFile(BlobStore blobs, MediaAssets assets, long entryId) {
        try {
            MediaFixtures.attach(blobs, assets, entryId, Files.readAllBytes(MediaFixtures.TEST_VIDEO), "video/mp4", "作品.mp4");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static long id(ApiClient.Response response) {
        if (response.status() != 200 && response.status() != 201) {
            throw new AssertionError(response.toString());
        }
        return ((Number) response.map().get("id")).longValue();
    }

    private EntryFixtures() {
    }
}
