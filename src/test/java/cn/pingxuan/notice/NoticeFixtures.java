package cn.pingxuan.notice;

import cn.pingxuan.account.DemoAccounts;
import cn.pingxuan.media.MediaAssets;
import cn.pingxuan.media.MediaFixtures;
import cn.pingxuan.storage.BlobStore;
import cn.pingxuan.support.ApiClient;
import cn.pingxuan.support.TestAccounts;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static cn.pingxuan.judging.JudgingFixtures.expect;

/** A submitted team entry (a submitter and a member who both have accounts) in an open contest. */
final class NoticeFixtures {

    static final String CONTEST_TITLE = "网络文明作品征集";

    record Team(long contestId, long entryId, String code, ApiClient organizer, ApiClient submitter, ApiClient member) {
    }

    static Team submittedTeamEntry(EmbeddedServer server, JsonMapper json, BlobStore blobs, MediaAssets assets) {
        ApiClient organizer = ApiClient.loggedIn(server, json, "organizer", DemoAccounts.PASSWORD);
        Map<String, Object> form = new HashMap<>();
        form.put("title", CONTEST_TITLE);
        form.put("ownerUnitId", TestAccounts.unitId(organizer, "示范大学"));
        form.put("submissionOpensAt", Instant.now().minus(Duration.ofDays(1)).toString());
        form.put("submissionClosesAt", Instant.now().plus(Duration.ofDays(1)).toString());
        form.put("maxEntriesPerStudent", 2);
        form.put("maxTeamSize", 3);
        form.put("categories", List.of(Map.of("name", "视频", "kind", "VIDEO", "maxBytes", 10_000_000L,
                "formats", List.of("mp4"), "maxDurationSec", 60)));
        Map<String, Object> contest = expect(organizer.post("/api/organize/contests", form), 201).map();
        long contestId = ((Number) contest.get("id")).longValue();
        expect(organizer.post("/api/organize/contests/" + contestId + "/status", Map.of("status", "OPEN")), 200);
        @SuppressWarnings("unchecked")
        long categoryId = ((Number) ((List<Map<String, Object>>) contest.get("categories")).get(0).get("id")).longValue();

        ApiClient submitter = TestAccounts.newUser(server, json, "STUDENT", "软件2301班");
        ApiClient member = TestAccounts.newUser(server, json, "STUDENT", "软件2301班");
        String memberUsername = (String) member.get("/api/me").map().get("username");
        Map<String, Object> entry = expect(submitter.post("/api/entries", Map.of("contestId", contestId, "categoryId", categoryId,
                "title", "指尖上的文明", "pledgeAccepted", true,
                "members", List.of(Map.of("username", memberUsername), Map.of("name", "校外同学", "unitName", "示范中学")))), 201).map();
        long entryId = ((Number) entry.get("id")).longValue();
        try {
            MediaFixtures.attach(blobs, assets, entryId, Files.readAllBytes(MediaFixtures.TEST_VIDEO), "video/mp4", "作品.mp4");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String code = (String) expect(submitter.post("/api/entries/" + entryId + "/submit", Map.of()), 200).map().get("code");
        return new Team(contestId, entryId, code, organizer, submitter, member);
    }

    static void review(Team team, String verdict, String reason) {
        Map<String, Object> decision = reason == null ? Map.of("verdict", verdict) : Map.of("verdict", verdict, "reason", reason);
        expect(team.organizer().post("/api/contests/" + team.contestId() + "/screening/" + team.entryId() + "/review",
                decision), 200);
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> notices(ApiClient user, String query) {
        return (List<Map<String, Object>>) expect(user.get("/api/me/notices" + query), 200).map().get("items");
    }

    static long unread(ApiClient user) {
        return ((Number) expect(user.get("/api/me/notices/unread-count"), 200).map().get("unread")).longValue();
    }

    private NoticeFixtures() {
    }
}
