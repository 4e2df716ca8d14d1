package cn.pingxuan.judging.assignment;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Whether a judge may judge an entry, and if not, the first rule that says no. */
final class Eligibility {

    enum Verdict { OTHER_CATEGORY, ALREADY_ON_ENTRY, UNIT_LINE, DECLARED_CONFLICT, ELIGIBLE }

    /** The judges (indices into the pool) still open to an entry, and how the rest were ruled out. */
    record Screening(List<Integer> open, JudgeTally tally) {
    }

    private final Set<JudgeEntry> conflicts;
    private final UnitRelation units;

    Eligibility(Set<JudgeEntry> conflicts, UnitRelation units) {
        this.conflicts = conflicts;
        this.units = units;
    }

    Screening screen(EntryToJudge entry, List<PoolJudge> pool, Set<Long> judgesOnEntry) {
        List<Integer> open = new ArrayList<>();
        JudgeTally tally = new JudgeTally();
        for (int index = 0; index < pool.size(); index++) {
            Verdict verdict = of(pool.get(index), entry, judgesOnEntry);
            tally.add(verdict);
            if (verdict == Verdict.ELIGIBLE) {
                open.add(index);
            }
        }
        return new Screening(open, tally);
    }

    private Verdict of(PoolJudge judge, EntryToJudge entry, Set<Long> judgesOnEntry) {
        if (!judge.covers(entry.categoryId())) {
            return Verdict.OTHER_CATEGORY;
        }
        if (judgesOnEntry.contains(judge.judgeId())) {
            return Verdict.ALREADY_ON_ENTRY;
        }
        if (judge.unitId() != null && units.related(judge.unitId(), entry.unitId())) {
            return Verdict.UNIT_LINE;
        }
        if (conflicts.contains(new JudgeEntry(judge.judgeId(), entry.entryId()))) {
            return Verdict.DECLARED_CONFLICT;
        }
        return Verdict.ELIGIBLE;
    }
}
