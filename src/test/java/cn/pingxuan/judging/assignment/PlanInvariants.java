package cn.pingxuan.judging.assignment;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** What every plan must satisfy, checked from the request alone (independently of how the planner works). */
final class PlanInvariants {

    private PlanInvariants() {
    }

    static boolean mayJudge(AssignmentRequest request, PoolJudge judge, EntryToJudge entry) {
        return judge.categoryIds().contains(entry.categoryId())
                && (judge.unitId() == null || !request.units().related(judge.unitId(), entry.unitId()))
                && !request.conflicts().contains(new JudgeEntry(judge.judgeId(), entry.entryId()));
    }

    static long eligibleJudges(AssignmentRequest request, EntryToJudge entry) {
        return request.judges().stream().filter(judge -> mayJudge(request, judge, entry)).count();
    }

    static void assertSound(AssignmentRequest request, AssignmentPlan plan) {
        Map<Long, PoolJudge> judges = request.judges().stream()
                .collect(Collectors.toMap(PoolJudge::judgeId, judge -> judge));
        Map<Long, List<Long>> judgesByEntry = plan.pairs().stream().collect(Collectors.groupingBy(
                JudgeEntry::entryId, Collectors.mapping(JudgeEntry::judgeId, Collectors.toList())));
        Set<Long> calibration = new HashSet<>(plan.calibrationEntries());
        assertThat(new HashSet<>(plan.pairs())).hasSize(plan.pairs().size());
        for (EntryToJudge entry : request.entries()) {
            List<Long> onEntry = judgesByEntry.getOrDefault(entry.entryId(), List.of());
            if (calibration.contains(entry.entryId())) {
                assertThat(onEntry).hasSizeGreaterThanOrEqualTo(request.judgesPerEntry());
            } else {
                assertThat(onEntry).as("judges on entry %d", entry.entryId())
                        .hasSize(Math.max(request.judgesPerEntry(), keptOn(request, entry).size()));
            }
            for (long judgeId : onEntry) {
                if (!request.existing().contains(new JudgeEntry(judgeId, entry.entryId()))) {
                    assertThat(mayJudge(request, judges.get(judgeId), entry))
                            .as("judge %d may judge entry %d", judgeId, entry.entryId()).isTrue();
                }
            }
        }
        Map<Long, Integer> loads = new HashMap<>();
        request.judges().forEach(judge -> loads.put(judge.judgeId(), 0));
        plan.pairs().forEach(pair -> loads.merge(pair.judgeId(), 1, Integer::sum));
        assertThat(plan.loads()).isEqualTo(loads);
        assertNoSingleMoveEvensLoads(request, plan, judgesByEntry);
        int spread = spread(request, plan);
        assertThat(plan.loadNote() != null).as("note iff spread > 1 (spread %d)", spread).isEqualTo(spread > 1);
    }

    /** Even where the spread must exceed one, no entry could pass from a judge to one with two or more fewer. */
    private static void assertNoSingleMoveEvensLoads(AssignmentRequest request, AssignmentPlan plan,
                                                     Map<Long, List<Long>> judgesByEntry) {
        Set<Long> calibration = new HashSet<>(plan.calibrationEntries());
        for (EntryToJudge entry : request.entries()) {
            if (calibration.contains(entry.entryId())) {
                continue;
            }
            List<Long> onEntry = judgesByEntry.getOrDefault(entry.entryId(), List.of());
            for (long judgeId : onEntry) {
                if (request.existing().contains(new JudgeEntry(judgeId, entry.entryId()))) {
                    continue;
                }
                for (PoolJudge other : request.judges()) {
                    if (!onEntry.contains(other.judgeId()) && mayJudge(request, other, entry)) {
                        assertThat(plan.loads().get(judgeId) - plan.loads().get(other.judgeId()))
                                .as("entry %d could pass from judge %d to judge %d", entry.entryId(), judgeId,
                                        other.judgeId())
                                .isLessThanOrEqualTo(1);
                    }
                }
            }
        }
    }

    static int spread(AssignmentRequest request, AssignmentPlan plan) {
        int most = request.judges().stream().mapToInt(j -> plan.loads().get(j.judgeId())).max().orElse(0);
        int least = request.judges().stream().mapToInt(j -> plan.loads().get(j.judgeId())).min().orElse(0);
        return most - least;
    }

    private static Set<Long> keptOn(AssignmentRequest request, EntryToJudge entry) {
        return request.existing().stream().filter(pair -> pair.entryId() == entry.entryId())
                .map(JudgeEntry::judgeId).collect(Collectors.toSet());
    }
}
