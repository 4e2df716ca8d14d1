package cn.pingxuan.results;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.List;

/**
 * The awards the tiers give, per category and basis, with every tie at a tier edge. {@code complete} is false
 * while some tie has no decision; the works of such a tie show {@code pendingTie} and no tier.
 */
@Serdeable
public record AllocationView(List<Section> sections, boolean complete, @Nullable Instant allocatedAt) {

    @Serdeable
    public record Section(long categoryId, String categoryName, AwardBasis basis, String roundName, int ranked,
                          List<Seats> tiers, List<Row> rows, List<Tie> ties) {
    }

    @Serdeable
    public record Seats(long tierId, String name, int seats) {
    }

    @Serdeable
    public record Row(long entryId, @Nullable String code, String title, String unitName, int placing, double score,
                      @Nullable Long tierId, @Nullable String tierName, boolean pendingTie) {
    }

    /** {@code decided}: the works the organizer sent up, or null while undecided. */
    @Serdeable
    public record Tie(long tierId, String tierName, int placing, List<Long> entryIds, int seats,
                      @Nullable List<Long> decided) {
    }
}
