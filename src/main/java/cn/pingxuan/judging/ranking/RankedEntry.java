package cn.pingxuan.judging.ranking;

/**
 * One entry's place in a ranking.
 *
 * @param rank       competition rank (1, 2, 2, 4): entries that stay equal after every tie-break level share it
 * @param tied       whether the rank is shared with another entry
 * @param score      the aggregated score, rounded half-up to 2 decimals: exactly the value that was compared
 * @param tieBreak   the mean of the judges' tie-break scores, rounded half-up to 2 decimals
 * @param judgeCount how many judges' scores the entry had
 */
public record RankedEntry(long entryId, int rank, boolean tied, double score, double tieBreak, int judgeCount) {
}
