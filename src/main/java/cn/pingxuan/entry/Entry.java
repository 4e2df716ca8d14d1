package cn.pingxuan.entry;

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
import java.util.Map;

/**
 * A work entered into one category of a contest. {@code unitId} is the submitter's unit when the entry was
 * created: screening and recommendation go by it. {@code code} is handed out at the first submission.
 */
@MappedEntity("entry")
public record Entry(
        @Id @GeneratedValue @Nullable Long id,
        long contestId,
        long categoryId,
        @Nullable String code,
        String title,
        String summary,
        long submitterId,
        long unitId,
        @Nullable String advisorName,
        @Nullable String advisorUnit,
        @TypeDef(type = DataType.STRING, converter = FormDataConverter.class) Map<String, Object> formData,
        boolean pledgeAccepted,
        EntryStatus status,
        @Nullable String rejectReason,
        @Nullable Instant submittedAt,
        @DateCreated @Nullable Instant createdAt,
        @DateUpdated @Nullable Instant updatedAt,
        @Version @Nullable Long version) {

    Entry withContent(String newTitle, String newSummary, @Nullable String newAdvisorName, @Nullable String newAdvisorUnit,
                      Map<String, Object> newFormData, boolean newPledgeAccepted) {
        return new Entry(id, contestId, categoryId, code, newTitle, newSummary, submitterId, unitId, newAdvisorName,
                newAdvisorUnit, newFormData, newPledgeAccepted, status, rejectReason, submittedAt, createdAt, updatedAt, version);
    }

    /**
     * The only way a status changes (saved through {@link EntryUpdates}, which announces it); a reason is kept for
     * a rejection and cleared otherwise.
     */
    Entry withStatus(EntryStatus next, @Nullable String reason) {
        return new Entry(id, contestId, categoryId, code, title, summary, submitterId, unitId, advisorName, advisorUnit,
                formData, pledgeAccepted, next, next == EntryStatus.REJECTED ? reason : null, submittedAt, createdAt,
                updatedAt, version);
    }

    Entry submitted(String assignedCode, Instant at) {
        return new Entry(id, contestId, categoryId, assignedCode, title, summary, submitterId, unitId, advisorName,
                advisorUnit, formData, pledgeAccepted, EntryStatus.SUBMITTED, null, at, createdAt, updatedAt, version);
    }
}
