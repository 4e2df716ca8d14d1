package cn.pingxuan.judging.assignment;

/** An entry of the round, with what the planner needs to know about it. */
public record EntryToJudge(long entryId, long categoryId, long unitId) {
}
