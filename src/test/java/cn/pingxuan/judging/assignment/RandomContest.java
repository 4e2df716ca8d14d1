package cn.pingxuan.judging.assignment;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * A random contest: a three-level unit tree (university → colleges → departments), categories, a judge pool and
 * entries. Public so the planner benchmark can build the same contests.
 */
public record RandomContest(List<EntryToJudge> entries, List<PoolJudge> judges, Map<Long, String> unitPaths) {

    private static final long ROOT = 1;

    public UnitRelation units() {
        return UnitRelation.byPaths(unitPaths);
    }

    /**
     * @param judgesOutsideEntryUnits when true judges sit in a college of their own with no entries, and cover every
     *                                category: a homogeneous pool
     */
    public static RandomContest generate(Random random, int categories, int judges, int entries,
                                         boolean judgesOutsideEntryUnits) {
        Map<Long, String> paths = new HashMap<>();
        paths.put(ROOT, "/1/");
        int colleges = 2 + random.nextInt(5);
        List<Long> entryUnits = new ArrayList<>();
        long nextUnit = 2;
        for (int c = 0; c < colleges; c++) {
            long college = nextUnit++;
            paths.put(college, "/1/" + college + "/");
            entryUnits.add(college);
            for (int d = random.nextInt(4); d > 0; d--) {
                long department = nextUnit++;
                paths.put(department, "/1/" + college + "/" + department + "/");
                entryUnits.add(department);
            }
        }
        long judgesCollege = nextUnit++;
        paths.put(judgesCollege, "/1/" + judgesCollege + "/");
        long judgesOffice = nextUnit;
        paths.put(judgesOffice, "/1/" + judgesCollege + "/" + judgesOffice + "/");

        List<Long> allUnits = new ArrayList<>(paths.keySet());
        allUnits.sort(Long::compare);
        List<PoolJudge> pool = new ArrayList<>();
        for (int j = 0; j < judges; j++) {
            Long unit;
            Set<Long> covered = new HashSet<>();
            if (judgesOutsideEntryUnits) {
                unit = random.nextBoolean() ? judgesCollege : judgesOffice;
                for (long category = 1; category <= categories; category++) {
                    covered.add(category);
                }
            } else {
                unit = random.nextInt(6) == 0 ? null : allUnits.get(random.nextInt(allUnits.size()));
                covered.add(1L + random.nextInt(categories));
                if (random.nextBoolean()) {
                    covered.add(1L + random.nextInt(categories));
                }
            }
            pool.add(new PoolJudge(100 + j, unit, covered));
        }
        List<EntryToJudge> works = new ArrayList<>();
        for (int e = 0; e < entries; e++) {
            works.add(new EntryToJudge(10_000 + e, 1L + random.nextInt(categories),
                    entryUnits.get(random.nextInt(entryUnits.size()))));
        }
        return new RandomContest(works, pool, paths);
    }

    /** A few declared conflicts, each a random judge on a random entry. */
    public Set<JudgeEntry> randomConflicts(Random random, int count) {
        Set<JudgeEntry> conflicts = new HashSet<>();
        for (int i = 0; i < count; i++) {
            conflicts.add(new JudgeEntry(judges.get(random.nextInt(judges.size())).judgeId(),
                    entries.get(random.nextInt(entries.size())).entryId()));
        }
        return conflicts;
    }

    public AssignmentRequest request(int judgesPerEntry, Set<JudgeEntry> conflicts, int calibrationSize, long seed) {
        return new AssignmentRequest(entries, judges, judgesPerEntry, conflicts, units(), calibrationSize, seed,
                Set.of());
    }
}
