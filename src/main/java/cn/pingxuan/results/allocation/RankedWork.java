package cn.pingxuan.results.allocation;

/** A work in a category's final order; tied works share {@code placing} (competition ranking: 1, 2, 2, 4). */
public record RankedWork(long entryId, int placing, double score) {
}
