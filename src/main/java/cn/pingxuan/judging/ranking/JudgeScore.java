package cn.pingxuan.judging.ranking;

/**
 * One judge's submitted score for one entry.
 *
 * @param total    the judge's weighted total for the entry, on the 0..100 scale
 * @param tieBreak the judge's score on the round's highest-weighted criterion, the first in rubric order among
 *                 equal weights (the second tie-break level)
 */
public record JudgeScore(long entryId, long judgeId, double total, double tieBreak) {
}
