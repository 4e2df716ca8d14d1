package cn.pingxuan.judging;

/** Finds another judge for an entry whose judge recused; false when nobody may take it. */
public interface ReplacementJudges {

    boolean replace(JudgingRound round, Assignment recused, long actorId, String ip);
}
