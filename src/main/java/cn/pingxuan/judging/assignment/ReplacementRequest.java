package cn.pingxuan.judging.assignment;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One entry lost a judge (recusal or removal) and needs another.
 *
 * @param lostJudgeId  the judge who left; never picked again for this entry
 * @param currentPairs the round's live assignments after the loss: they give the loads and who is already on it
 */
public record ReplacementRequest(EntryToJudge entry, long lostJudgeId, List<PoolJudge> judges,
                                 Set<JudgeEntry> currentPairs, Set<JudgeEntry> conflicts, UnitRelation units,
                                 long seed) {

    public ReplacementRequest {
        judges = List.copyOf(judges);
        currentPairs = Set.copyOf(currentPairs);
        conflicts = Set.copyOf(conflicts);
        Objects.requireNonNull(entry, "entry");
        Objects.requireNonNull(units, "units");
    }
}
