package cn.pingxuan.judging;

import cn.pingxuan.contest.CategoryKind;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.math.BigDecimal;
import java.util.List;

/** A judge's entries in a round, by category then entry code; recused entries are no longer in it. */
@Serdeable
public record JudgeQueue(JudgeRoundView round, List<Item> items) {

    @Serdeable
    public record Item(long assignmentId, @Nullable String code, String title, String categoryName, CategoryKind kind,
                       AssignmentStatus status, String statusLabel, @Nullable BigDecimal total, boolean flagged) {
    }
}
