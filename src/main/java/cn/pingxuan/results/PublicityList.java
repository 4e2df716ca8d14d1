package cn.pingxuan.results;

import cn.pingxuan.contest.ContestStatus;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.List;

/**
 * The public results list: the preliminary list during the publicity period (公示), the final one after publication.
 * Authors, unit and advisor are null when the contest does not show them.
 */
@Serdeable
public record PublicityList(long contestId, String slug, String title, ContestStatus status, String statusLabel,
                            String zone, @Nullable Instant startsAt, @Nullable Instant endsAt, boolean acceptingObjections,
                            boolean published, List<Category> categories) {

    @Serdeable
    public record Category(long categoryId, String name, List<Tier> tiers) {
    }

    @Serdeable
    public record Tier(String name, int ordinal, AwardBasis basis, List<Work> works) {
    }

    @Serdeable
    public record Work(long entryId, @Nullable String code, String title, @Nullable List<String> authors,
                       @Nullable String unitName, @Nullable String advisorName) {
    }
}
