package cn.pingxuan.judging.ranking;

import java.util.List;

/** Builds scores and reads rankings in the tests. */
final class Scores {

    private Scores() {
    }

    static JudgeScore score(long entryId, long judgeId, double total) {
        return new JudgeScore(entryId, judgeId, total, 0);
    }

    static RankedEntry entry(List<RankedEntry> ranking, long entryId) {
        return ranking.stream().filter(r -> r.entryId() == entryId).findFirst().orElseThrow();
    }

    static double scoreOf(Aggregation method, List<JudgeScore> scores, long entryId) {
        return entry(Ranking.rank(method, scores), entryId).score();
    }
}
