package cn.pingxuan.judging;

/** What a finalized round decided for an entry. */
public enum RoundOutcome {
    ADVANCED,
    ELIMINATED
}
