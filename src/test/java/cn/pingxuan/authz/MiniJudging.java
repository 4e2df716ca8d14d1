package cn.pingxuan.authz;

import cn.pingxuan.contest.ContestStatus;
import cn.pingxuan.judging.JudgingFixtures;
import cn.pingxuan.media.MediaAssets;
import cn.pingxuan.media.MediaFixtures;
import cn.pingxuan.results.ResultsFixtures;
import cn.pingxuan.storage.BlobStore;
import cn.pingxuan.support.ApiClient;
import io.micronaut.context.ApplicationContext;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static cn.pingxuan.judging.JudgingFixtures.expect;

/**
 * Small contests made afresh for one matrix call that moves a round or a contest to its next stage: one eligible
 * essay (cheap to process, unlike a video), a round over it, a pool of the demo judge and a spare judge.
 */
final class MiniJudging {

    private final ApplicationContext context;
    private final EmbeddedServer server;
    private final JsonMapper json;
    private final ApiClient demoJudge;
    private final long demoJudgeId;

    MiniJudging(ApplicationContext context, ApiClient demoJudge, long demoJudgeId) {
        this.context = context;
        this.server = context.getBean(EmbeddedServer.class);
        this.json = context.getBean(JsonMapper.class);
        this.demoJudge = demoJudge;
        this.demoJudgeId = demoJudgeId;
    }

    /** One eligible essay; the judging helpers judge a stage's "video" category, which here is the essay one. */
    JudgingFixtures.Stage eligibleEssay() {
        MediaFixtures.Works works = MediaFixtures.newContest(server, json);
        MediaFixtures.Works essays = new MediaFixtures.Works(works.contestId(), works.essayCategory(), works.essayCategory(),
                works.imageCategory(), works.organizer(), works.student());
        long entry = JudgingFixtures.id(expect(works.student().post("/api/entries", Map.of("contestId", works.contestId(),
                "categoryId", works.essayCategory(), "title", "网络文明征文", "pledgeAccepted", true)), 201));
        MediaAssets media = context.getBean(MediaAssets.class);
        MediaFixtures.awaitReady(media, MediaFixtures.attach(context.getBean(BlobStore.class), media, entry,
                MediaFixtures.ESSAY.getBytes(StandardCharsets.UTF_8), "text/plain", "征文.txt").id());
        String code = (String) expect(works.student().post("/api/entries/" + entry + "/submit", Map.of()), 200).map().get("code");
        expect(works.organizer().post("/api/contests/" + works.contestId() + "/screening/approve-all",
                Map.of("entryIds", List.of(entry))), 200);
        return new JudgingFixtures.Stage(essays, List.of(entry), List.of(code));
    }

    /** {@code stage}: SETUP, POOLED, ASSIGNED (contest in judging), OPEN, SCORED (a judge has submitted) or LOCKED. */
    Map<String, Object> round(String stage) {
        JudgingFixtures.Stage contest = eligibleEssay();
        long round = JudgingFixtures.createRound(contest, JudgingFixtures.roundForm(contest.videoCategory(), 1, false));
        Map<String, Object> made = new HashMap<>(Map.of("id", round, "round", round, "entry", contest.entryIds().get(0),
                "contest", contest.contestId(), "category", contest.videoCategory()));
        if (stage.equals("SETUP")) {
            return made;
        }
        JudgingFixtures.Judge spare = JudgingFixtures.judge(server, json, "艺术学院");
        JudgingFixtures.setPool(contest, round, List.of(new JudgingFixtures.Judge(demoJudgeId, demoJudge), spare));
        made.put("demoJudge", demoJudgeId);
        if (stage.equals("POOLED")) {
            return made;
        }
        expect(contest.organizer().post("/api/organize/rounds/" + round + "/assignment", Map.of()), 200);
        List<Map<String, Object>> assignments = expect(contest.organizer()
                .get("/api/organize/rounds/" + round + "/assignments"), 200).list();
        Map<String, Object> assignment = assignments.get(0);
        long assigned = ((Number) assignment.get("judgeId")).longValue();
        made.put("assignment", assignment.get("id"));
        made.put("spareJudge", assigned == demoJudgeId ? spare.id() : demoJudgeId);
        made.put("assignedJudge", assigned);
        JudgingFixtures.startJudging(contest);
        if (stage.equals("ASSIGNED")) {
            return made;
        }
        expect(contest.organizer().post("/api/organize/rounds/" + round + "/open", Map.of()), 200);
        ApiClient scorer = assigned == demoJudgeId ? demoJudge : spare.client();
        made.put("flag", flag(contest.organizer(), scorer, round, ((Number) assignment.get("id")).longValue()));
        if (stage.equals("OPEN")) {
            return made;
        }
        JudgingFixtures.score(scorer, round, contest.codes().get(0), new double[] {30, 15}, true);
        if (stage.equals("SCORED")) {
            return made;
        }
        expect(contest.organizer().post("/api/organize/rounds/" + round + "/lock", Map.of()), 200);
        return made;
    }

    private static Object flag(ApiClient organizer, ApiClient judge, long round, long assignment) {
        expect(judge.post("/api/judging/assignments/" + assignment + "/flags", Map.of("kind", "OTHER", "note", "存疑")), 201);
        return organizer.get("/api/organize/rounds/" + round + "/flags").list().get(0).get("id");
    }

    /** A contest in its publicity period (ended) with one award of the given essay. */
    ResultsFixtures.Awarded awarded(ContestStatus status) {
        JudgingFixtures.Stage stage = eligibleEssay();
        return ResultsFixtures.awarded(context, stage, status);
    }
}
