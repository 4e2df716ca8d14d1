package cn.pingxuan.contest;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.List;

/**
 * Everything a contest page and the organizer's editor need. {@code descriptionHtml}/{@code rulesHtml} are
 * rendered with raw HTML escaped; {@code serverTime} lets the page count down by the server's clock.
 */
@Serdeable
public record ContestDetail(long id, String slug, String title, @Nullable String theme, String description,
                            String descriptionHtml, String rules, String rulesHtml, ContestStatus status,
                            String statusLabel, List<ContestStatus> nextStatuses, boolean acceptingSubmissions,
                            long ownerUnitId, @Nullable String ownerUnitName, long participantUnitId,
                            @Nullable String participantUnitName, String zone, Instant submissionOpensAt,
                            Instant submissionClosesAt, @Nullable Instant judgingStartsAt,
                            @Nullable Instant publicityStartsAt, @Nullable Instant publicityEndsAt,
                            @Nullable Instant publishAt, int maxEntriesPerStudent, int maxTeamSize,
                            boolean advisorRequired, String originalityPledge, boolean requiresRecommendation,
                            List<CategoryView> categories, List<FormField> formFields, @Nullable String coverUrl,
                            Instant serverTime) {
}
