package cn.pingxuan.judging;

import cn.pingxuan.judging.ranking.Tendency;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.math.BigDecimal;
import java.util.List;

/**
 * How a round's scoring stands: the judges × entries matrix and the figures that show harsh, lenient or careless
 * judges ({@code flagged}) and entries whose judges disagree. Statistics use submitted sheets only.
 */
@Serdeable
public record ProgressView(List<JudgeRow> judges, List<EntryRow> entries, List<Cell> cells) {

    @Serdeable
    public record JudgeRow(long id, String name, String unitName, int assigned, int submitted, int drafts,
                           @Nullable Double mean, @Nullable Double sd, @Nullable Double deviation,
                           @Nullable Tendency flagged) {
    }

    @Serdeable
    public record EntryRow(long id, @Nullable String code, String title, long categoryId, String categoryName, int submitted,
                           int assigned, @Nullable Double mean, @Nullable Double spread, boolean disagreement) {
    }

    @Serdeable
    public record Cell(long entryId, long judgeId, long assignmentId, AssignmentStatus status, @Nullable BigDecimal total) {
    }
}
