package cn.pingxuan.judging.assignment;

import cn.pingxuan.judging.assignment.Eligibility.Screening;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/** Plans who judges what: conflict-free, k distinct judges per entry, loads as even as the pool allows. */
public final class AssignmentPlanner {

    private AssignmentPlanner() {
    }

    public static PlanResult plan(AssignmentRequest request) {
        // Sorted so that the plan depends on the seed, not on the order the caller happened to load things in.
        List<EntryToJudge> entries = request.entries().stream()
                .sorted(Comparator.comparingLong(EntryToJudge::entryId)).toList();
        List<PoolJudge> pool = sortedPool(request.judges());
        Map<Long, Set<Long>> keptByEntry = keptJudgesByEntry(request.existing(), entries);
        Eligibility eligibility = new Eligibility(request.conflicts(), request.units());
        int k = request.judgesPerEntry();

        List<Screening> screenings = new ArrayList<>();
        List<Shortfall> shortfalls = new ArrayList<>();
        for (EntryToJudge entry : entries) {
            Set<Long> kept = keptByEntry.getOrDefault(entry.entryId(), Set.of());
            Screening screening = eligibility.screen(entry, pool, kept);
            screenings.add(screening);
            int missing = k - kept.size() - screening.open().size();
            if (missing > 0) {
                shortfalls.add(new Shortfall(entry.entryId(), missing, screening.tally().shortfallReason(k)));
            }
        }
        if (!shortfalls.isEmpty()) {
            return new PlanResult.Infeasible(shortfalls);
        }
        return new PlanResult.Planned(new PlanAssembler(request, entries, pool, keptByEntry, screenings).assemble());
    }

    /** The least-loaded judge who may take over the entry (seeded among equals), or why there is none. */
    public static Replacement replacementFor(ReplacementRequest request) {
        EntryToJudge entry = request.entry();
        List<PoolJudge> pool = sortedPool(request.judges());
        Set<JudgeEntry> conflicts = new HashSet<>(request.conflicts());
        // The judge who just left may not come straight back, whatever the reason for leaving.
        conflicts.add(new JudgeEntry(request.lostJudgeId(), entry.entryId()));
        Set<Long> onEntry = new HashSet<>();
        Map<Long, Integer> loads = new HashMap<>();
        for (JudgeEntry pair : request.currentPairs()) {
            loads.merge(pair.judgeId(), 1, Integer::sum);
            if (pair.entryId() == entry.entryId()) {
                onEntry.add(pair.judgeId());
            }
        }
        Screening screening = new Eligibility(conflicts, request.units()).screen(entry, pool, onEntry);
        if (screening.open().isEmpty()) {
            return new Replacement.NoneAvailable(screening.tally().noReplacementReason());
        }
        List<PoolJudge> open = new ArrayList<>(screening.open().stream().map(pool::get).toList());
        Collections.shuffle(open, new Random(request.seed()));
        PoolJudge least = Collections.min(open, Comparator.comparingInt(j -> loads.getOrDefault(j.judgeId(), 0)));
        return new Replacement.Found(least.judgeId());
    }

    private static List<PoolJudge> sortedPool(List<PoolJudge> judges) {
        return judges.stream().sorted(Comparator.comparingLong(PoolJudge::judgeId)).toList();
    }

    private static Map<Long, Set<Long>> keptJudgesByEntry(Set<JudgeEntry> existing, List<EntryToJudge> entries) {
        Set<Long> entryIds = new HashSet<>();
        entries.forEach(entry -> entryIds.add(entry.entryId()));
        Map<Long, Set<Long>> kept = new HashMap<>();
        for (JudgeEntry pair : existing) {
            if (!entryIds.contains(pair.entryId())) {
                throw new IllegalArgumentException("existing pair " + pair + " names an entry outside the request");
            }
            kept.computeIfAbsent(pair.entryId(), e -> new LinkedHashSet<>()).add(pair.judgeId());
        }
        return kept;
    }
}
