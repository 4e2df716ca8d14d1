package cn.pingxuan.contest;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.DateCreated;
import io.micronaut.data.annotation.DateUpdated;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.TypeDef;
import io.micronaut.data.annotation.Version;
import io.micronaut.data.model.DataType;

import java.time.Instant;
import java.util.List;

/**
 * A themed call for works. Times are instants (UTC); {@code zone} is how people read them (Asia/Shanghai).
 * Entries may come from users of {@code participantUnitId} and every unit below it.
 */
@MappedEntity("contest")
public record Contest(
        @Id @GeneratedValue @Nullable Long id,
        String slug,
        String title,
        @Nullable String theme,
        String description,
        String rules,
        @Nullable String coverBlobKey,
        long ownerUnitId,
        long participantUnitId,
        ContestStatus status,
        String zone,
        Instant submissionOpensAt,
        Instant submissionClosesAt,
        @Nullable Instant judgingStartsAt,
        @Nullable Instant publicityStartsAt,
        @Nullable Instant publicityEndsAt,
        @Nullable Instant publishAt,
        int maxEntriesPerStudent,
        int maxTeamSize,
        boolean advisorRequired,
        String originalityPledge,
        boolean requiresRecommendation,
        @TypeDef(type = DataType.STRING, converter = FormFieldsConverter.class) List<FormField> formFields,
        long createdBy,
        @DateCreated @Nullable Instant createdAt,
        @DateUpdated @Nullable Instant updatedAt,
        @Version @Nullable Long version) {

    /** The server's clock decides: open means the status says so and now lies inside the window. */
    public boolean acceptsSubmissionsAt(Instant now) {
        return status == ContestStatus.OPEN && !now.isBefore(submissionOpensAt) && now.isBefore(submissionClosesAt);
    }

    Contest withCover(String blobKey) {
        return new Contest(id, slug, title, theme, description, rules, blobKey, ownerUnitId, participantUnitId, status,
                zone, submissionOpensAt, submissionClosesAt, judgingStartsAt, publicityStartsAt, publicityEndsAt, publishAt,
                maxEntriesPerStudent, maxTeamSize, advisorRequired, originalityPledge, requiresRecommendation, formFields,
                createdBy, createdAt, updatedAt, version);
    }

    Contest withStatus(ContestStatus next) {
        return new Contest(id, slug, title, theme, description, rules, coverBlobKey, ownerUnitId, participantUnitId, next,
                zone, submissionOpensAt, submissionClosesAt, judgingStartsAt, publicityStartsAt, publicityEndsAt, publishAt,
                maxEntriesPerStudent, maxTeamSize, advisorRequired, originalityPledge, requiresRecommendation, formFields,
                createdBy, createdAt, updatedAt, version);
    }
}
