package cn.pingxuan.results;

import cn.pingxuan.contest.ContestStatus;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;

/** Where a contest's results stand, for the organizer's results page. */
@Serdeable
public record ResultsOverview(long contestId, String slug, String title, ContestStatus status, String statusLabel,
                              boolean showAuthors, boolean showUnit, boolean showAdvisor, @Nullable Instant allocatedAt,
                              long activeAwards, @Nullable Instant publicityStartsAt, @Nullable Instant publicityEndsAt,
                              boolean publicityOver, long objections, long openObjections, @Nullable Instant publishedAt) {
}
