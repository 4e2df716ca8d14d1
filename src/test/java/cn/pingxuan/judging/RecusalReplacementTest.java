package cn.pingxuan.judging;

import cn.pingxuan.media.MediaAssets;
import cn.pingxuan.storage.BlobStore;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static cn.pingxuan.judging.JudgingFixtures.expect;
import static org.assertj.core.api.Assertions.assertThat;

/** A judge who recuses hands the entry to another judge of the pool (the organizer side picks whom). */
@MicronautTest(transactional = false)
@Tag("db")
class RecusalReplacementTest {

    @Inject
    EmbeddedServer server;
    @Inject
    JsonMapper json;
    @Inject
    BlobStore blobs;
    @Inject
    MediaAssets assets;

    @Test
    void aRecusedEntryGoesToAnotherJudgeOfThePool() {
        JudgingFixtures.Stage stage = JudgingFixtures.eligibleVideos(server, json, blobs, assets, 1);
        List<JudgingFixtures.Judge> judges = List.of(JudgingFixtures.judge(server, json, "文学院"),
                JudgingFixtures.judge(server, json, "艺术学院"));
        long roundId = JudgingFixtures.createRound(stage, JudgingFixtures.roundForm(stage.videoCategory(), 1, true));
        JudgingFixtures.setPool(stage, roundId, judges);
        expect(stage.organizer().post("/api/organize/rounds/" + roundId + "/assignment", Map.of()), 200);
        JudgingFixtures.startJudging(stage);
        expect(stage.organizer().post("/api/organize/rounds/" + roundId + "/open", Map.of()), 200);
        JudgingFixtures.Judge first = judges.stream().filter(j -> !queue(j, roundId).isEmpty()).findFirst().orElseThrow();
        JudgingFixtures.Judge second = judges.get(judges.indexOf(first) == 0 ? 1 : 0);
        Object assignmentId = queue(first, roundId).get(0).get("assignmentId");

        Map<String, Object> result = expect(first.client().post("/api/judging/assignments/" + assignmentId + "/recuse",
                Map.of("reason", "作者是我的学生")), 200).map();

        assertThat(result).containsEntry("reassigned", true);
        assertThat(queue(first, roundId)).isEmpty();
        assertThat(queue(second, roundId)).extracting(i -> i.get("code")).containsExactly(stage.codes().get(0));
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> queue(JudgingFixtures.Judge judge, long roundId) {
        var response = judge.client().get("/api/judging/rounds/" + roundId + "/queue");
        return response.status() == 404 ? List.of() : (List<Map<String, Object>>) response.map().get("items");
    }
}
