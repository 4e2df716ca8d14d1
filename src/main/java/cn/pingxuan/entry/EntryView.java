package cn.pingxuan.entry;

import cn.pingxuan.contest.CategoryKind;
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
                        @Nullable Instant submittedAt, boolean editable, List<FileRef> files) {

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

    @Serdeable
    public record FileRef(long id, int ordinal, @Nullable String fileName, String contentType, long bytes, String status,
                          String statusLabel, @Nullable String error) {
    }
}
