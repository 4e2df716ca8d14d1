package cn.pingxuan.judging.assignment;

/** The judge who takes over an entry that lost one, or the Chinese reason why nobody can. */
public sealed interface Replacement {

    record Found(long judgeId) implements Replacement {
    }

    record NoneAvailable(String reason) implements Replacement {
    }
}
