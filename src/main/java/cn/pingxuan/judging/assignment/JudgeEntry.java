package cn.pingxuan.judging.assignment;

/** One judge on one entry: an assignment, a kept assignment or a declared conflict. */
public record JudgeEntry(long judgeId, long entryId) {
}
