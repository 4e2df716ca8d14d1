package cn.pingxuan.judging.assignment;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static cn.pingxuan.judging.assignment.ShortfallTest.entry;
import static cn.pingxuan.judging.assignment.ShortfallTest.judge;
import static org.assertj.core.api.Assertions.assertThat;

/** Cases a greedy "least-loaded judge first" pass gets wrong, and the ones no plan can balance. */
class LoadBalanceTest {

    private static final UnitRelation UNITS = UnitRelation.byPaths(Map.of(1L, "/1/", 2L, "/1/2/", 3L, "/1/3/"));

    @Test
    void theVersatileJudgeIsSavedForTheCategoryOnlySheCovers() {
        // Greedy takes the essays in order and shares them between both judges; then every poem lands on judge 1.
        List<EntryToJudge> entries = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            entries.add(entry(100 + i, 1, 2));
            entries.add(entry(200 + i, 2, 2));
        }
        AssignmentRequest request = request(entries, List.of(judge(1, 3L, 1, 2), judge(2, 3L, 1)), 1, Set.of());

        AssignmentPlan plan = AssignmentPlannerPropertyTest.planned(request);

        PlanInvariants.assertSound(request, plan);
        assertThat(plan.loads()).containsExactlyInAnyOrderEntriesOf(Map.of(1L, 10, 2L, 10));
        assertThat(plan.loadNote()).isNull();
    }

    @Test
    void withSeveralJudgesPerEntryAndUnitConflictsTheBalancedPlanIsStillFound() {
        // Judges 1–2 cover both categories, 3–4 only category 1, and judge 4 sits in college 2, where 3 of the
        // category-1 entries come from. Nine each is possible only with judges 1–2 spending 6 of their 9 on
        // category 2 and judge 4 on every category-1 entry from college 3.
        List<EntryToJudge> entries = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            entries.add(entry(100 + i, 1, i < 3 ? 2 : 3));
        }
        for (int i = 0; i < 6; i++) {
            entries.add(entry(200 + i, 2, 3));
        }
        List<PoolJudge> judges = List.of(judge(1, null, 1, 2), judge(2, null, 1, 2), judge(3, null, 1),
                judge(4, 2L, 1));
        AssignmentRequest request = request(entries, judges, 2, Set.of());

        AssignmentPlan plan = AssignmentPlannerPropertyTest.planned(request);

        PlanInvariants.assertSound(request, plan);
        assertThat(plan.loads().values()).allSatisfy(load -> assertThat(load).isEqualTo(9));
    }

    @Test
    void aLoneJudgeOfABusyCategoryGetsANoteAndTheSmallestPossibleMaximum() {
        List<EntryToJudge> entries = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            entries.add(entry(100 + i, 1, 2));
        }
        entries.add(entry(200, 2, 2));
        entries.add(entry(201, 2, 2));
        List<PoolJudge> judges = List.of(judge(1, null, 1), judge(2, null, 2), judge(3, null, 2), judge(4, null, 2));
        AssignmentRequest request = request(entries, judges, 1, Set.of());

        AssignmentPlan plan = AssignmentPlannerPropertyTest.planned(request);

        PlanInvariants.assertSound(request, plan);
        assertThat(plan.loads().get(1L)).isEqualTo(8);
        assertThat(plan.loadNote()).contains("8 件").contains("0 件");
    }

    @Test
    void keptPairsStayAndCountTowardsTheLoads() {
        List<EntryToJudge> entries = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            entries.add(entry(100 + i, 1, 2));
        }
        Set<JudgeEntry> kept = Set.of(new JudgeEntry(1, 100), new JudgeEntry(1, 101), new JudgeEntry(1, 102));
        List<PoolJudge> judges = List.of(judge(1, null, 1), judge(2, null, 1), judge(3, null, 1));
        AssignmentRequest request = new AssignmentRequest(entries, judges, 2, Set.of(), UNITS, 0, 5, kept);

        AssignmentPlan plan = AssignmentPlannerPropertyTest.planned(request);

        PlanInvariants.assertSound(request, plan);
        assertThat(plan.pairs()).containsAll(kept);
        assertThat(plan.loads()).containsExactlyInAnyOrderEntriesOf(Map.of(1L, 4, 2L, 4, 3L, 4));
    }

    @Test
    void differentSeedsMayChooseDifferentlyButEachIsReproducible() {
        RandomContest contest = RandomContest.generate(new java.util.Random(3), 2, 10, 40, true);
        Set<List<JudgeEntry>> plans = new HashSet<>();
        for (long seed = 0; seed < 5; seed++) {
            AssignmentPlan plan = AssignmentPlannerPropertyTest.planned(contest.request(2, Set.of(), 0, seed));
            assertThat(AssignmentPlannerPropertyTest.planned(contest.request(2, Set.of(), 0, seed))).isEqualTo(plan);
            plans.add(plan.pairs());
        }
        assertThat(plans).hasSizeGreaterThan(1);
    }

    private static AssignmentRequest request(List<EntryToJudge> entries, List<PoolJudge> judges, int k,
                                             Set<JudgeEntry> conflicts) {
        return new AssignmentRequest(entries, judges, k, conflicts, UNITS, 0, 11, Set.of());
    }
}
