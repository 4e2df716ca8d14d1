package cn.pingxuan.contest;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A complete, valid contest form as the organizer's editor sends it; tests change one thing at a time. */
final class ContestFixtures {

    static Map<String, Object> contestForm(long ownerUnitId, Instant opens, Instant closes) {
        Map<String, Object> form = new HashMap<>();
        form.put("title", "网络文明 你我同行 · 短视频征集");
        form.put("theme", "网络文明");
        form.put("description", "## 征集说明\n\n围绕**网络文明**创作。<script>alert('x')</script>");
        form.put("rules", "1. 原创\n2. 时长不超过 5 分钟");
        form.put("ownerUnitId", ownerUnitId);
        form.put("submissionOpensAt", opens.toString());
        form.put("submissionClosesAt", closes.toString());
        form.put("maxEntriesPerStudent", 2);
        form.put("maxTeamSize", 3);
        form.put("advisorRequired", true);
        form.put("requiresRecommendation", false);
        form.put("categories", new ArrayList<>(List.of(
                Map.of("name", "短视频", "kind", "VIDEO", "maxBytes", 500L * 1024 * 1024, "formats", List.of("mp4", "mov"),
                        "maxDurationSec", 300, "minWidth", 720, "minHeight", 720),
                Map.of("name", "征文", "kind", "ESSAY", "maxBytes", 10L * 1024 * 1024, "formats", List.of("docx", "pdf", "txt"),
                        "minChars", 800, "maxChars", 3000))));
        form.put("formFields", List.of(
                Map.of("key", "major_class", "label", "专业班级", "type", "TEXT", "required", true),
                Map.of("key", "phone", "label", "联系电话", "type", "TEXT", "required", true, "min", 11, "max", 11),
                Map.of("key", "grade", "label", "年级", "type", "SINGLE_CHOICE", "required", false,
                        "options", List.of("大一", "大二", "大三", "大四"))));
        return form;
    }

    static Map<String, Object> openNow(long ownerUnitId) {
        Instant now = Instant.now();
        return contestForm(ownerUnitId, now.minus(Duration.ofDays(1)), now.plus(Duration.ofDays(30)));
    }

    private ContestFixtures() {
    }
}
