package cn.pingxuan.vote;

import cn.pingxuan.judging.JudgingFixtures;
import cn.pingxuan.support.ApiClient;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;

/** Vote settings made through the organizer API, and the contest's voting days as instants. */
final class VoteFixtures {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    private VoteFixtures() {
    }

    static Map<String, Object> form(Instant opens, Instant closes, int dailyVotes, boolean hideCounts) {
        Map<String, Object> form = new HashMap<>();
        form.put("enabled", true);
        form.put("opensAt", opens.toString());
        form.put("closesAt", closes.toString());
        form.put("dailyVotes", dailyVotes);
        form.put("hideCounts", hideCounts);
        form.put("scoreShare", 0);
        return form;
    }

    /** Enables the vote and answers the contest's slug, as the public pages address it. */
    static String enable(JudgingFixtures.Stage stage, Map<String, Object> form) {
        ApiClient.Response saved = JudgingFixtures.expect(
                stage.organizer().put("/api/organize/contests/" + stage.contestId() + "/vote-setting", form), 200);
        return (String) saved.map().get("slug");
    }

    /** {@code hour} o'clock on the local day {@code days} after the one containing {@code now}. */
    static Instant localTime(Instant now, int days, int hour) {
        LocalDate day = LocalDate.ofInstant(now, SHANGHAI).plusDays(days);
        return day.atTime(hour, 0).atZone(SHANGHAI).toInstant();
    }

    static ApiClient.Response vote(ApiClient voter, String slug, long entryId) {
        return voter.post("/api/contests/" + slug + "/votes", Map.of("entryId", entryId));
    }

    static int remaining(ApiClient.Response receipt) {
        return ((Number) receipt.map().get("remainingToday")).intValue();
    }
}
