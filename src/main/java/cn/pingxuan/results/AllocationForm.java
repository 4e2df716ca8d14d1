package cn.pingxuan.results;

import cn.pingxuan.results.allocation.TieDecision;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/** The organizer's decisions on ties at tier edges (see {@link cn.pingxuan.results.allocation.BoundaryTie}). */
@Serdeable
public record AllocationForm(@Nullable List<Decision> decisions) {

    @Serdeable
    public record Decision(long tierId, int placing, List<Long> entryIds) {
    }

    List<TieDecision> tieDecisions() {
        return decisions == null ? List.of() : decisions.stream()
                .map(d -> new TieDecision(d.tierId(), d.placing(), d.entryIds() == null ? List.of() : d.entryIds())).toList();
    }
}
