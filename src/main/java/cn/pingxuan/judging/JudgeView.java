package cn.pingxuan.judging;

import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/** A judge of a round's pool with their workload so far. */
@Serdeable
public record JudgeView(long userId, String username, String displayName, String unitName, List<Long> categoryIds,
                        int assigned, int submitted) {

    /** A user who may be added to a pool. */
    @Serdeable
    public record Candidate(long id, String username, String displayName, String unitName) {
    }
}
