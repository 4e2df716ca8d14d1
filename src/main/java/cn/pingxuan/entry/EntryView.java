package cn.pingxuan.entry;

import cn.pingxuan.contest.CategoryKind;
import cn.pingxuan.media.AssetRole;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** An entry as its authors, organizers and unit admins see it (never judges: they get a blind view). */
@Serdeable
public record EntryView(long id, @Nullable String code, ContestRef contest, CategoryRef category, String title, String summary,
                        Person submitter, @Nullable String unitPath, List<Member> members, @Nullable String advisorName,
                        @Nullable String advisorUnit, Map<String, Object> formData, boolean pledgeAccepted,
                        EntryStatus status, String statusLabel, @Nullable String rejectReason,
                        @Nullable Instant submittedAt, boolean editable, List<FileRef> files, List<SimilarHint> similar) {

    EntryView withSimilar(List<SimilarHint> hints) {
        return new EntryView(id, code, contest, category, title, summary, submitter, unitPath, members, advisorName,
                advisorUnit, formData, pledgeAccepted, status, statusLabel, rejectReason, submittedAt, editable, files, hints);
    }

    @Serdeable
    public record ContestRef(long id, String slug, String title, String zone, boolean acceptingSubmissions,
                             Instant submissionClosesAt, boolean requiresRecommendation) {
    }

    @Serdeable
    public record CategoryRef(long id, String name, CategoryKind kind, int maxFiles, long maxBytes, List<String> formats) {
    }

    @Serdeable
    public record Person(long id, String username, String displayName) {
    }

    @Serdeable
    public record Member(@Nullable Long userId, @Nullable String username, String name, @Nullable String unitName) {
    }

    /**
     * An uploaded file and its processing: {@code progress} in percent while 处理中, the facts the pipeline found
     * ({@code details} is a one-line technical summary), and the renditions browsers show.
     */
    @Serdeable
    public record FileRef(long id, int ordinal, @Nullable String fileName, String contentType, long bytes, String status,
                          String statusLabel, @Nullable String error, @Nullable Integer progress,
                          @Nullable Integer width, @Nullable Integer height, @Nullable Long durationMs,
                          @Nullable Integer characters, @Nullable String details, List<Rendition> renditions) {
    }

    /**
     * Another entry (of any contest) whose work looks like this one's: only in the organizers' eligibility review.
     * {@code percent} is the similarity of the closest pair of files.
     */
    @Serdeable
    public record SimilarHint(long entryId, @Nullable String code, String title, String contestTitle, int percent) {
    }

    /** A derivative of a file: fetch it at {@code /api/entries/{entryId}/files/{id}}. */
    @Serdeable
    public record Rendition(long id, AssetRole role, String contentType, @Nullable Integer width, @Nullable Integer height) {
    }
}
