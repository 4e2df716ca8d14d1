package cn.pingxuan.notice;

import cn.pingxuan.media.MediaAssets;
import cn.pingxuan.storage.BlobStore;
import cn.pingxuan.support.ApiClient;
import cn.pingxuan.support.TestAccounts;
import io.micronaut.jdbc.DataSourceResolver;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;

import static cn.pingxuan.judging.JudgingFixtures.expect;
import static cn.pingxuan.notice.NoticeFixtures.notices;
import static cn.pingxuan.notice.NoticeFixtures.unread;
import static org.assertj.core.api.Assertions.assertThat;

/** Screening decisions reach the submitter and the team members with accounts; the students' own steps do not. */
@MicronautTest(transactional = false)
@Tag("db")
class NoticeScreeningTest {

    @Inject
    EmbeddedServer server;
    @Inject
    JsonMapper json;
    @Inject
    BlobStore blobs;
    @Inject
    MediaAssets assets;
    @Inject
    DataSource dataSource;
    @Inject
    DataSourceResolver dataSourceResolver;

    @Test
    void rejectionAndApprovalReachTheWholeTeamWithTheReason() {
        NoticeFixtures.Team team = NoticeFixtures.submittedTeamEntry(server, json, blobs, assets);
        assertThat(notices(team.submitter(), "")).as("submitting is the student's own step").isEmpty();

        NoticeFixtures.review(team, "REJECT", "作品时长超过要求，请剪辑后重新提交");
        for (ApiClient student : List.of(team.submitter(), team.member())) {
            List<Map<String, Object>> items = notices(student, "");
            assertThat(items).hasSize(1);
            assertThat(items.get(0)).containsEntry("kind", "SCREENING_REJECTED")
                    .containsEntry("title", "审查未通过：《指尖上的文明》")
                    .containsEntry("link", "/entries/" + team.entryId())
                    .containsEntry("read", false);
            assertThat((String) items.get(0).get("body")).contains("“" + NoticeFixtures.CONTEST_TITLE + "”", team.code(),
                    "原因：作品时长超过要求，请剪辑后重新提交");
        }

        expect(team.submitter().post("/api/entries/" + team.entryId() + "/submit", Map.of()), 200);
        assertThat(unread(team.member())).as("resubmitting is the students' own step too").isEqualTo(1);

        NoticeFixtures.review(team, "APPROVE", null);
        List<Map<String, Object>> items = notices(team.member(), "");
        assertThat(items).extracting(n -> n.get("kind")).containsExactly("SCREENING_APPROVED", "SCREENING_REJECTED");
        assertThat((String) items.get(0).get("body")).contains("已通过资格审查");
        assertThat(unread(team.submitter())).isEqualTo(2);
        assertThat(queuedMails()).as("no SMTP configured: no mail jobs").isZero();
    }

    @Test
    void readOneReadAllAndOnlyYourOwn() {
        NoticeFixtures.Team team = NoticeFixtures.submittedTeamEntry(server, json, blobs, assets);
        NoticeFixtures.review(team, "REJECT", "缺少原创承诺书");
        NoticeFixtures.review(team, "APPROVE", null);
        List<Map<String, Object>> items = notices(team.submitter(), "?size=1");
        assertThat(items).hasSize(1);
        Map<String, Object> page = team.submitter().get("/api/me/notices?size=1").map();
        assertThat(page).containsEntry("total", 2).containsEntry("size", 1).containsEntry("page", 0);

        long newest = ((Number) items.get(0).get("id")).longValue();
        assertThat(expect(team.submitter().post("/api/me/notices/" + newest + "/read", Map.of()), 200).map())
                .containsEntry("read", true);
        assertThat(unread(team.submitter())).isEqualTo(1);
        assertThat(notices(team.submitter(), "?unread=true")).extracting(n -> n.get("kind")).containsExactly("SCREENING_REJECTED");
        assertThat(unread(team.member())).as("each user reads their own copy").isEqualTo(2);

        ApiClient stranger = TestAccounts.newUser(server, json, "STUDENT", "软件2301班");
        assertThat(stranger.post("/api/me/notices/" + newest + "/read", Map.of()).status()).isEqualTo(404);
        assertThat(notices(stranger, "")).isEmpty();

        assertThat(expect(team.submitter().post("/api/me/notices/read-all", Map.of()), 200).map()).containsEntry("marked", 1);
        assertThat(unread(team.submitter())).isZero();
        assertThat(notices(team.submitter(), "?unread=true")).isEmpty();
        assertThat(new ApiClient(server, json).get("/api/me/notices/unread-count").status()).isEqualTo(401);
    }

    private long queuedMails() {
        try (Connection connection = dataSourceResolver.resolve(dataSource).getConnection();
             ResultSet rows = connection.createStatement()
                     .executeQuery("SELECT COUNT(*) FROM scheduled_tasks WHERE task_name = 'notice-email'")) {
            rows.next();
            return rows.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
