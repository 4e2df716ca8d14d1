package cn.pingxuan.judging.assignment;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;

/** Many random contests with fixed seeds: every plan is sound, and every refusal names exactly the right entries. */
class AssignmentPlannerPropertyTest {

    static LongStream seeds() {
        return LongStream.rangeClosed(1, 80);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void mixedPoolsGiveSoundPlansOrExactShortfalls(long seed) {
        Random random = new Random(seed);
        RandomContest contest = RandomContest.generate(random, 1 + random.nextInt(4), 4 + random.nextInt(22),
                5 + random.nextInt(150), false);
        AssignmentRequest request = contest.request(1 + random.nextInt(3),
                contest.randomConflicts(random, random.nextInt(30)), random.nextInt(4), seed);

        PlanResult result = AssignmentPlanner.plan(request);

        Map<Long, Integer> expectedMissing = request.entries().stream()
                .filter(entry -> PlanInvariants.eligibleJudges(request, entry) < request.judgesPerEntry())
                .collect(Collectors.toMap(EntryToJudge::entryId,
                        entry -> request.judgesPerEntry() - (int) PlanInvariants.eligibleJudges(request, entry)));
        if (expectedMissing.isEmpty()) {
            assertThat(result).isInstanceOf(PlanResult.Planned.class);
            PlanInvariants.assertSound(request, ((PlanResult.Planned) result).plan());
        } else {
            assertThat(result).isInstanceOf(PlanResult.Infeasible.class);
            List<Shortfall> shortfalls = ((PlanResult.Infeasible) result).shortfalls();
            assertThat(shortfalls.stream().collect(Collectors.toMap(Shortfall::entryId, Shortfall::missing)))
                    .isEqualTo(expectedMissing);
            assertThat(shortfalls).allSatisfy(shortfall -> assertThat(shortfall.reason()).isNotBlank());
        }
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void homogeneousPoolsAreBalancedWithinOne(long seed) {
        Random random = new Random(seed);
        RandomContest contest = RandomContest.generate(random, 1 + random.nextInt(4), 6 + random.nextInt(20),
                5 + random.nextInt(200), true);
        // At most two conflicts and six judges: every entry keeps at least four judges, enough for k ≤ 4.
        AssignmentRequest request = contest.request(1 + random.nextInt(4),
                contest.randomConflicts(random, random.nextInt(3)), 0, seed);

        AssignmentPlan plan = planned(request);

        PlanInvariants.assertSound(request, plan);
        assertThat(PlanInvariants.spread(request, plan)).isLessThanOrEqualTo(1);
        assertThat(plan.loadNote()).isNull();
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void calibrationEntriesGoToEveryJudgeOfTheirCategory(long seed) {
        Random random = new Random(seed);
        RandomContest contest = RandomContest.generate(random, 1 + random.nextInt(3), 6 + random.nextInt(10),
                20 + random.nextInt(80), true);
        int calibrationSize = 1 + random.nextInt(4);
        AssignmentRequest request = contest.request(2, Set.of(), calibrationSize, seed);

        AssignmentPlan plan = planned(request);

        PlanInvariants.assertSound(request, plan);
        assertThat(plan.calibrationEntries()).hasSize(calibrationSize).doesNotHaveDuplicates();
        Map<Long, EntryToJudge> entries = request.entries().stream()
                .collect(Collectors.toMap(EntryToJudge::entryId, Function.identity()));
        for (long calibrationEntry : plan.calibrationEntries()) {
            EntryToJudge entry = entries.get(calibrationEntry);
            List<Long> categoryJudges = request.judges().stream().filter(j -> j.covers(entry.categoryId()))
                    .map(PoolJudge::judgeId).toList();
            assertThat(plan.pairs()).filteredOn(pair -> pair.entryId() == calibrationEntry)
                    .extracting(JudgeEntry::judgeId).containsExactlyInAnyOrderElementsOf(categoryJudges);
        }
        long categoriesWithEntries = request.entries().stream().map(EntryToJudge::categoryId).distinct().count();
        assertThat(plan.calibrationEntries().stream().map(id -> entries.get(id).categoryId()).distinct().count())
                .isEqualTo(Math.min(calibrationSize, categoriesWithEntries));
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void theSameSeedGivesTheSamePlan(long seed) {
        Random random = new Random(seed);
        RandomContest contest = RandomContest.generate(random, 3, 12, 60, random.nextBoolean());
        AssignmentRequest request = contest.request(2, Set.of(), 2, seed);

        assertThat(AssignmentPlanner.plan(request)).isEqualTo(AssignmentPlanner.plan(request));
    }

    static AssignmentPlan planned(AssignmentRequest request) {
        PlanResult result = AssignmentPlanner.plan(request);
        assertThat(result).isInstanceOf(PlanResult.Planned.class);
        return ((PlanResult.Planned) result).plan();
    }
}
