package cn.pingxuan.judging.assignment;

import cn.pingxuan.judging.assignment.Eligibility.Screening;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.IntStream;

/** Turns screened entries (each with enough open judges) into a plan: calibration first, then balanced seats. */
final class PlanAssembler {

    private static final Comparator<JudgeEntry> BY_ENTRY_THEN_JUDGE =
            Comparator.comparingLong(JudgeEntry::entryId).thenComparingLong(JudgeEntry::judgeId);

    private final AssignmentRequest request;
    private final List<EntryToJudge> entries;
    private final List<PoolJudge> pool;
    private final Map<Long, Set<Long>> keptByEntry;
    private final List<Screening> screenings;

    /** {@code entries} and {@code pool} in a stable order, {@code screenings} parallel to {@code entries}. */
    PlanAssembler(AssignmentRequest request, List<EntryToJudge> entries, List<PoolJudge> pool,
                  Map<Long, Set<Long>> keptByEntry, List<Screening> screenings) {
        this.request = request;
        this.entries = entries;
        this.pool = pool;
        this.keptByEntry = keptByEntry;
        this.screenings = screenings;
    }

    AssignmentPlan assemble() {
        Random random = new Random(request.seed());
        List<Long> calibrationEntries = pickCalibration(random);
        Set<Long> calibration = Set.copyOf(calibrationEntries);
        List<JudgeEntry> pairs = new ArrayList<>(request.existing());
        int[] fixedLoad = loadsOfKeptPairs();
        int[] seats = new int[entries.size()];
        int[][] candidates = new int[entries.size()][];
        for (int i = 0; i < entries.size(); i++) {
            EntryToJudge entry = entries.get(i);
            List<Integer> open = new ArrayList<>(screenings.get(i).open());
            if (calibration.contains(entry.entryId())) {
                for (int judge : open) {
                    pairs.add(new JudgeEntry(pool.get(judge).judgeId(), entry.entryId()));
                    fixedLoad[judge]++;
                }
                candidates[i] = new int[0];
            } else {
                Collections.shuffle(open, random);
                candidates[i] = open.stream().mapToInt(Integer::intValue).toArray();
                seats[i] = Math.max(0, request.judgesPerEntry() - kept(entry).size());
            }
        }
        int[][] chosen = new LoadBalancer(fixedLoad, seats, candidates).balance();
        for (int i = 0; i < entries.size(); i++) {
            for (int judge : chosen[i]) {
                pairs.add(new JudgeEntry(pool.get(judge).judgeId(), entries.get(i).entryId()));
            }
        }
        pairs.sort(BY_ENTRY_THEN_JUDGE);
        Map<Long, Integer> loads = loads(pairs);
        return new AssignmentPlan(pairs, calibrationEntries, loads, loadNote(loads));
    }

    private List<Long> pickCalibration(Random random) {
        Set<Long> judgeableByWholeCategory = new HashSet<>();
        IntStream.range(0, entries.size()).filter(i -> screenings.get(i).tally().noneRuledOut())
                .forEach(i -> judgeableByWholeCategory.add(entries.get(i).entryId()));
        return CalibrationPicker.pick(entries, request.calibrationSize(),
                entry -> judgeableByWholeCategory.contains(entry.entryId()), random).stream()
                .map(EntryToJudge::entryId).toList();
    }

    private Set<Long> kept(EntryToJudge entry) {
        return keptByEntry.getOrDefault(entry.entryId(), Set.of());
    }

    /** Kept pairs of judges who have since left the pool still count in {@link #loads}, but not in balancing. */
    private int[] loadsOfKeptPairs() {
        Map<Long, Integer> poolIndex = new HashMap<>();
        for (int j = 0; j < pool.size(); j++) {
            poolIndex.put(pool.get(j).judgeId(), j);
        }
        int[] load = new int[pool.size()];
        for (JudgeEntry pair : request.existing()) {
            Integer index = poolIndex.get(pair.judgeId());
            if (index != null) {
                load[index]++;
            }
        }
        return load;
    }

    /** Every pool judge (zero included) and any judge who is only in the kept pairs. */
    private Map<Long, Integer> loads(List<JudgeEntry> pairs) {
        Map<Long, Integer> loads = new TreeMap<>();
        pool.forEach(judge -> loads.put(judge.judgeId(), 0));
        pairs.forEach(pair -> loads.merge(pair.judgeId(), 1, Integer::sum));
        return loads;
    }

    private String loadNote(Map<Long, Integer> loads) {
        int most = pool.stream().mapToInt(j -> loads.get(j.judgeId())).max().orElse(0);
        int least = pool.stream().mapToInt(j -> loads.get(j.judgeId())).min().orElse(0);
        if (most - least <= 1) {
            return null;
        }
        return "受评委的类别分工和回避关系所限，评审量无法做到相差不超过 1 件：已把最多的评审量降到最低，为 "
                + most + " 件，最少的评委为 " + least + " 件";
    }
}
