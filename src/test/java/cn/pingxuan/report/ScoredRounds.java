package cn.pingxuan.report;

import cn.pingxuan.judging.JudgingFixtures;
import cn.pingxuan.support.ApiClient;

import java.util.List;
import java.util.Map;

import static cn.pingxuan.judging.JudgingFixtures.expect;

/** A round of the stage scored by its judges through the judge API and locked, as in the judging tests. */
final class ScoredRounds {

    private ScoredRounds() {
    }

    /** {@code sheets[entry][judge]} = (创意, 制作); every judge scores every entry. Returns the round's id. */
    static long scoredAndLocked(JudgingFixtures.Stage stage, List<JudgingFixtures.Judge> judges, double[][][] sheets) {
        long roundId = JudgingFixtures.createRound(stage, JudgingFixtures.roundForm(stage.videoCategory(), judges.size(), false));
        JudgingFixtures.setPool(stage, roundId, judges);
        expect(stage.organizer().post("/api/organize/rounds/" + roundId + "/assignment", Map.of()), 200);
        JudgingFixtures.startJudging(stage);
        expect(stage.organizer().post("/api/organize/rounds/" + roundId + "/open", Map.of()), 200);
        for (int j = 0; j < judges.size(); j++) {
            for (int e = 0; e < sheets.length; e++) {
                submit(judges.get(j).client(), roundId, stage.codes().get(e), sheets[e][j]);
            }
        }
        expect(stage.organizer().post("/api/organize/rounds/" + roundId + "/lock", Map.of()), 200);
        return roundId;
    }

    @SuppressWarnings("unchecked")
    private static void submit(ApiClient judge, long roundId, String code, double[] values) {
        List<Map<String, Object>> items = (List<Map<String, Object>>) judge.get("/api/judging/rounds/" + roundId + "/queue")
                .map().get("items");
        long assignmentId = items.stream().filter(i -> code.equals(i.get("code")))
                .map(i -> ((Number) i.get("assignmentId")).longValue()).findFirst().orElseThrow();
        Map<String, Object> view = expect(judge.get("/api/judging/assignments/" + assignmentId), 200).map();
        List<Map<String, Object>> criteria = (List<Map<String, Object>>) ((Map<String, Object>) view.get("round")).get("criteria");
        Map<String, Object> scores = Map.of(String.valueOf(criteria.get(0).get("id")), values[0],
                String.valueOf(criteria.get(1).get("id")), values[1]);
        expect(judge.post("/api/judging/assignments/" + assignmentId + "/submit",
                Map.of("scores", scores, "comment", "构思不错", "version", view.get("version"))), 200);
    }
}
