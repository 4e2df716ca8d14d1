package cn.pingxuan.contest;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.List;

/** A contest in a list: enough to choose one. {@code acceptingSubmissions} is decided by the server's clock. */
@Serdeable
public record ContestSummary(long id, String slug, String title, @Nullable String theme, ContestStatus status,
                             String statusLabel, boolean acceptingSubmissions, Instant submissionOpensAt,
                             Instant submissionClosesAt, String zone, @Nullable String ownerUnitName,
                             boolean requiresRecommendation, List<String> categoryNames, @Nullable String coverUrl) {
}
