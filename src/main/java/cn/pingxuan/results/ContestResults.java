package cn.pingxuan.results;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Version;

import java.time.Instant;

/**
 * A contest's results settings and milestones: what the public list and gallery show besides title and tier
 * (authors, unit, advisor), when the awards were allocated, when the publicity period (公示) ran, and when the
 * results were published.
 */
@MappedEntity("contest_results")
public record ContestResults(
        @Id long contestId,
        boolean showAuthors,
        boolean showUnit,
        boolean showAdvisor,
        @Nullable Instant allocatedAt,
        @Nullable Instant publicityStartsAt,
        @Nullable Instant publicityEndsAt,
        @Nullable Instant publishedAt,
        @Version @Nullable Long version) {

    static ContestResults defaults(long contestId) {
        return new ContestResults(contestId, true, true, true, null, null, null, null, null);
    }

    ContestResults withDisplay(boolean authors, boolean unit, boolean advisor) {
        return new ContestResults(contestId, authors, unit, advisor, allocatedAt, publicityStartsAt, publicityEndsAt,
                publishedAt, version);
    }

    ContestResults allocated(Instant at) {
        return new ContestResults(contestId, showAuthors, showUnit, showAdvisor, at, publicityStartsAt, publicityEndsAt,
                publishedAt, version);
    }

    ContestResults publicity(Instant startsAt, Instant endsAt) {
        return new ContestResults(contestId, showAuthors, showUnit, showAdvisor, allocatedAt, startsAt, endsAt,
                publishedAt, version);
    }

    ContestResults published(Instant at) {
        return new ContestResults(contestId, showAuthors, showUnit, showAdvisor, allocatedAt, publicityStartsAt,
                publicityEndsAt, at, version);
    }
}
