package cn.pingxuan.judging;

import cn.pingxuan.contest.CategoryKind;
import cn.pingxuan.entry.EntryView;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * One entry on the judge's desk: their sheet, the round, neighbours in the queue, and the work. In a blind round
 * {@code work.authors} is null and nothing else here names the author: files are pipeline renditions only, by id.
 */
@Serdeable
public record ScoringView(long assignmentId, AssignmentStatus status, String statusLabel, long version,
                          Map<String, BigDecimal> scores, @Nullable String comment, @Nullable BigDecimal total,
                          boolean editable, @Nullable Long previousAssignmentId, @Nullable Long nextAssignmentId,
                          JudgeRoundView round, Work work) {

    @Serdeable
    public record Work(@Nullable String code, String title, String summary, CategoryKind kind, String categoryName,
                       @Nullable Integer characters, List<File> files, @Nullable Authors authors) {
    }

    /** An uploaded file by what the pipeline made of it; renditions load from the judge's file endpoint. */
    @Serdeable
    public record File(long id, int ordinal, String status, @Nullable Integer width, @Nullable Integer height,
                       @Nullable Long durationMs, @Nullable Integer characters, List<EntryView.Rendition> renditions) {
    }

    @Serdeable
    public record Authors(List<String> names, String unitName, @Nullable String advisorName) {
    }
}
