package cn.pingxuan.judging.assignment;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Everything one planning run needs.
 *
 * @param judgesPerEntry  k: distinct judges each entry must get
 * @param conflicts       declared conflicts (recusals): these pairs are never planned
 * @param calibrationSize m entries that go to every judge of their category (0 = none)
 * @param seed            tie-break seed: the same request and seed give the same plan
 * @param existing        pairs that already carry scores; they are kept and count towards k and the loads
 */
public record AssignmentRequest(List<EntryToJudge> entries, List<PoolJudge> judges, int judgesPerEntry,
                                Set<JudgeEntry> conflicts, UnitRelation units, int calibrationSize, long seed,
                                Set<JudgeEntry> existing) {

    public AssignmentRequest {
        entries = List.copyOf(entries);
        judges = List.copyOf(judges);
        conflicts = Set.copyOf(conflicts);
        existing = Set.copyOf(existing);
        Objects.requireNonNull(units, "units");
        if (judgesPerEntry < 1) {
            throw new IllegalArgumentException("judgesPerEntry must be at least 1");
        }
        if (calibrationSize < 0) {
            throw new IllegalArgumentException("calibrationSize must not be negative");
        }
    }
}
