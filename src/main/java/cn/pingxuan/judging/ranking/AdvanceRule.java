package cn.pingxuan.judging.ranking;

/** Which entries of a category go on to the next round. */
public record AdvanceRule(Kind kind, double value) {

    public enum Kind { TOP_N, TOP_PERCENT, THRESHOLD }
}
