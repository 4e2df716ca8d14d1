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
import java.util.TreeMap;

/** Plans who judges what: conflict-free, k distinct judges per entry, loads as even as the pool allows. */
public final class AssignmentPlanner {

    private static final Comparator<JudgeEntry> BY_ENTRY_THEN_JUDGE =
            Comparator.comparingLong(JudgeEntry::entryId).thenComparingLong(JudgeEntry::judgeId);

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

        Random random = new Random(request.seed());
        Set<Long> judgeableByWholeCategory = new HashSet<>();
        for (int i = 0; i < entries.size(); i++) {
            if (screenings.get(i).tally().noneRuledOut()) {
                judgeableByWholeCategory.add(entries.get(i).entryId());
            }
        }
        List<Long> calibration = CalibrationPicker.pick(entries, request.calibrationSize(),
                entry -> judgeableByWholeCategory.contains(entry.entryId()), random).stream()
                .map(EntryToJudge::entryId).toList();

        List<JudgeEntry> pairs = new ArrayList<>(request.existing());
        Map<Long, Integer> poolIndex = new HashMap<>();
        for (int j = 0; j < pool.size(); j++) {
            poolIndex.put(pool.get(j).judgeId(), j);
        }
        int[] fixedLoad = new int[pool.size()];
        request.existing().forEach(pair -> {
            Integer index = poolIndex.get(pair.judgeId());
            if (index != null) {
                fixedLoad[index]++;
            }
        });
        int[] seats = new int[entries.size()];
        int[][] candidates = new int[entries.size()][];
        Set<Long> calibrationIds = Set.copyOf(calibration);
        for (int i = 0; i < entries.size(); i++) {
            EntryToJudge entry = entries.get(i);
            List<Integer> open = new ArrayList<>(screenings.get(i).open());
            if (calibrationIds.contains(entry.entryId())) {
                for (int judge : open) {
                    pairs.add(new JudgeEntry(pool.get(judge).judgeId(), entry.entryId()));
                    fixedLoad[judge]++;
                }
                candidates[i] = new int[0];
            } else {
                Collections.shuffle(open, random);
                candidates[i] = open.stream().mapToInt(Integer::intValue).toArray();
                seats[i] = Math.max(0, k - keptByEntry.getOrDefault(entry.entryId(), Set.of()).size());
            }
        }

        int[][] chosen = new LoadBalancer(fixedLoad, seats, candidates).balance();
        for (int i = 0; i < entries.size(); i++) {
            for (int judge : chosen[i]) {
                pairs.add(new JudgeEntry(pool.get(judge).judgeId(), entries.get(i).entryId()));
            }
        }
        pairs.sort(BY_ENTRY_THEN_JUDGE);
        Map<Long, Integer> loads = loads(pool, pairs);
        return new PlanResult.Planned(new AssignmentPlan(pairs, calibration, loads, loadNote(pool, loads)));
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

    /** Every pool judge (zero included) and any judge who is only in the kept pairs. */
    private static Map<Long, Integer> loads(List<PoolJudge> pool, List<JudgeEntry> pairs) {
        Map<Long, Integer> loads = new TreeMap<>();
        pool.forEach(judge -> loads.put(judge.judgeId(), 0));
        pairs.forEach(pair -> loads.merge(pair.judgeId(), 1, Integer::sum));
        return loads;
    }

    private static String loadNote(List<PoolJudge> pool, Map<Long, Integer> loads) {
        int most = pool.stream().mapToInt(j -> loads.get(j.judgeId())).max().orElse(0);
        int least = pool.stream().mapToInt(j -> loads.get(j.judgeId())).min().orElse(0);
        if (most - least <= 1) {
            return null;
        }
        return "受评委的类别分工和回避关系所限，评审量无法做到相差不超过 1 件：已把最多的评审量降到最低，为 "
                + most + " 件，最少的评委为 " + least + " 件";
    }
}
