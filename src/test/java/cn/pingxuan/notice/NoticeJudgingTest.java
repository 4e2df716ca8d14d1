package cn.pingxuan.notice;

import cn.pingxuan.entry.JudgingEntries;
import cn.pingxuan.judging.JudgingFixtures;
import cn.pingxuan.media.MediaAssets;
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
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static cn.pingxuan.judging.JudgingFixtures.expect;
import static cn.pingxuan.notice.NoticeFixtures.notices;
import static org.assertj.core.api.Assertions.assertThat;

/** A round advanced through the API tells each entry's students whether they went on; publication tells the winners. */
@MicronautTest(transactional = false)
@Tag("db")
class NoticeJudgingTest {

    /** 创意 (of 40) and 制作 (of 20) per entry: the first two advance under the fixture's top-2 rule. */
    private static final double[][] SCORES = {{38, 18}, {34, 16}, {20, 10}, {12, 6}};

    @Inject
    EmbeddedServer server;
    @Inject
    JsonMapper json;
    @Inject
    BlobStore blobs;
    @Inject
    MediaAssets assets;
    @Inject
    JudgingEntries judgingEntries;
    @Inject
    DataSource dataSource;
    @Inject
    DataSourceResolver dataSourceResolver;

    @Test
    void advancedAndEliminatedEntriesAreToldAndWinnersHearTheirTier() {
        JudgingFixtures.Stage stage = JudgingFixtures.eligibleVideos(server, json, blobs, assets, 4);
        JudgingFixtures.Judge judge = JudgingFixtures.judge(server, json, "文学院");
        long roundId = JudgingFixtures.createRound(stage, JudgingFixtures.roundForm(stage.videoCategory(), 1, true));
        JudgingFixtures.setPool(stage, roundId, List.of(judge));
        expect(stage.organizer().post("/api/organize/rounds/" + roundId + "/assignment", Map.of()), 200);
        JudgingFixtures.startJudging(stage);
        expect(stage.organizer().post("/api/organize/rounds/" + roundId + "/open", Map.of()), 200);
        for (int e = 0; e < SCORES.length; e++) {
            JudgingFixtures.score(judge.client(), roundId, stage.codes().get(e), SCORES[e], true);
        }
        expect(stage.organizer().post("/api/organize/rounds/" + roundId + "/lock", Map.of()), 200);
        expect(stage.organizer().post("/api/organize/rounds/" + roundId + "/advance", Map.of()), 200);

        List<Long> ids = stage.entryIds();
        assertThat(kinds(ids.get(0))).as("opening the round is no news").containsExactly("SCREENING_APPROVED", "ADVANCED");
        assertThat(kinds(ids.get(1))).containsExactly("SCREENING_APPROVED", "ADVANCED");
        assertThat(kinds(ids.get(2))).containsExactly("SCREENING_APPROVED", "ELIMINATED");
        assertThat(kinds(ids.get(3))).containsExactly("SCREENING_APPROVED", "ELIMINATED");
        Map<String, Object> advanced = notices(stage.works().student(), "").get(0);
        assertThat(advanced).containsEntry("title", "晋级：《网络文明微视频 1》");
        assertThat((String) advanced.get("body")).contains(stage.codes().get(0), "在本轮评审中晋级");

        long organizerId = ((Number) stage.organizer().get("/api/me").map().get("id")).longValue();
        Map<Long, String> tiers = new HashMap<>();
        tiers.put(ids.get(0), "一等奖");
        judgingEntries.publishOutcomes(tiers, List.of(), organizerId, "127.0.0.1");
        Map<String, Object> awarded = notices(stage.works().student(), "").get(0);
        assertThat(awarded).containsEntry("kind", "AWARDED").containsEntry("title", "一等奖：《网络文明微视频 1》")
                .containsEntry("link", "/entries/" + ids.get(0));
        assertThat((String) awarded.get("body")).contains("荣获一等奖");
        assertThat(stage.works().student().get("/api/entries/" + ids.get(0)).map()).containsEntry("status", "AWARDED");
    }


    private List<String> kinds(long entryId) {
        try (Connection connection = dataSourceResolver.resolve(dataSource).getConnection();
             PreparedStatement query = connection.prepareStatement("SELECT kind FROM notice WHERE entry_id = ? ORDER BY id")) {
            query.setLong(1, entryId);
            List<String> kinds = new ArrayList<>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    kinds.add(rows.getString(1));
                }
            }
            return kinds;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
