package cn.pingxuan.judging.assignment;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Impossible requests: no plan, and exactly the entries that cannot be served, with the reason in Chinese. */
class ShortfallTest {

    // University 1 → colleges 2 and 3; college 2 → department 4; unit 9 is an unrelated office.
    private static final UnitRelation UNITS = UnitRelation.byPaths(
            Map.of(1L, "/1/", 2L, "/1/2/", 3L, "/1/3/", 4L, "/1/2/4/", 9L, "/1/9/"));

    @Test
    void aCategoryWithTooFewJudgesNamesEachOfItsEntries() {
        List<PoolJudge> judges = List.of(judge(1, 9L, 1), judge(2, 9L, 1), judge(3, 9L, 2), judge(4, 9L, 2),
                judge(5, 9L, 2));
        List<EntryToJudge> entries = List.of(entry(10, 1, 3), entry(11, 1, 3), entry(12, 2, 3));

        List<Shortfall> shortfalls = shortfalls(request(entries, judges, 3, Set.of()));

        assertThat(shortfalls).containsExactly(
                new Shortfall(10, 1, "本类别只有 2 位评委，少于每件作品所需的 3 位"),
                new Shortfall(11, 1, "本类别只有 2 位评委，少于每件作品所需的 3 位"));
    }

    @Test
    void unitLinesAndDeclaredConflictsThatEatTheLastJudgesAreSpelledOut() {
        // Entry 10 is from department 4: judges in 4 (same), 2 (its college) and 1 (the university) are out.
        List<PoolJudge> judges = List.of(judge(1, 4L, 1), judge(2, 2L, 1), judge(3, 1L, 1), judge(4, 9L, 1),
                judge(5, 3L, 1), judge(6, null, 1));
        List<EntryToJudge> entries = List.of(entry(10, 1, 4), entry(11, 1, 3));
        Set<JudgeEntry> conflicts = Set.of(new JudgeEntry(4, 10));

        List<Shortfall> shortfalls = shortfalls(request(entries, judges, 3, conflicts));

        assertThat(shortfalls).containsExactly(
                new Shortfall(10, 1, "3 位评委与作品同单位或上下级单位，1 位声明回避，可用评委只剩 2 位"));
    }

    @Test
    void everyJudgeFromTheEntrysCollegeLeavesNoneAvailable() {
        List<PoolJudge> judges = List.of(judge(1, 2L, 1), judge(2, 4L, 1), judge(3, 9L, 2));
        List<EntryToJudge> entries = List.of(entry(10, 1, 2), entry(11, 2, 2));

        List<Shortfall> shortfalls = shortfalls(request(entries, judges, 1, Set.of()));

        assertThat(shortfalls).containsExactly(
                new Shortfall(10, 1, "2 位评委与作品同单位或上下级单位，可用评委只剩 0 位"));
    }

    @Test
    void keptJudgesCountTowardsTheEntryEvenWhenTheRulesWouldNowExcludeThem() {
        List<PoolJudge> judges = List.of(judge(1, 4L, 1), judge(2, 9L, 1));
        List<EntryToJudge> entries = List.of(entry(10, 1, 4));
        AssignmentRequest request = new AssignmentRequest(entries, judges, 2, Set.of(), UNITS, 0, 1,
                Set.of(new JudgeEntry(1, 10)));

        AssignmentPlan plan = AssignmentPlannerPropertyTest.planned(request);

        assertThat(plan.pairs()).containsExactly(new JudgeEntry(1, 10), new JudgeEntry(2, 10));
    }

    static PoolJudge judge(long id, Long unit, long... categories) {
        return new PoolJudge(id, unit, Set.copyOf(java.util.Arrays.stream(categories).boxed().toList()));
    }

    static EntryToJudge entry(long id, long category, long unit) {
        return new EntryToJudge(id, category, unit);
    }

    private static AssignmentRequest request(List<EntryToJudge> entries, List<PoolJudge> judges, int k,
                                             Set<JudgeEntry> conflicts) {
        return new AssignmentRequest(entries, judges, k, conflicts, UNITS, 0, 7, Set.of());
    }

    private static List<Shortfall> shortfalls(AssignmentRequest request) {
        PlanResult result = AssignmentPlanner.plan(request);
        assertThat(result).isInstanceOf(PlanResult.Infeasible.class);
        return ((PlanResult.Infeasible) result).shortfalls();
    }
}
