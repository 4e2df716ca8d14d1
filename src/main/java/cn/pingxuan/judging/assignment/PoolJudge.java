package cn.pingxuan.judging.assignment;

import java.util.Objects;
import java.util.Set;

/** A judge of the round's pool; {@code unitId} is null for a judge who belongs to no org unit. */
public record PoolJudge(long judgeId, Long unitId, Set<Long> categoryIds) {

    public PoolJudge {
        categoryIds = Set.copyOf(Objects.requireNonNull(categoryIds, "categoryIds"));
    }

    public boolean covers(long categoryId) {
        return categoryIds.contains(categoryId);
    }
}
