package cn.pingxuan.report;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Per-unit statistics of a contest at one level of the unit tree: the units directly below {@code parent}, plus a row
 * for the parent's own entries and students ({@code own}) when it has any. {@code trail} runs from the contest's
 * participant unit down to {@code parent}, for drilling back up. {@code tiers} orders the award columns.
 */
@Serdeable
public record UnitStatsView(long contestId, UnitRef parent, List<UnitRef> trail, List<String> tiers, List<Row> rows,
                            Row total) {

    @Serdeable
    public record UnitRef(long id, String name) {
    }

    /** {@code participationRate} = participants (distinct students who submitted) / registered students; null without students. */
    @Serdeable
    public record Row(long unitId, String name, String pathName, boolean own, boolean hasChildren, long entries,
                      long eligible, long recommended, long awarded, Map<String, Long> awardsByTier, long students,
                      long participants, @Nullable Double participationRate, @Nullable Mark unitAward) {
    }

    /** A unit marked for 优秀组织奖. */
    @Serdeable
    public record Mark(long unitId, String note, Instant markedAt) {
    }
}
