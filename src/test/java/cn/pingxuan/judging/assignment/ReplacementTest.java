package cn.pingxuan.judging.assignment;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static cn.pingxuan.judging.assignment.ShortfallTest.entry;
import static cn.pingxuan.judging.assignment.ShortfallTest.judge;
import static org.assertj.core.api.Assertions.assertThat;

class ReplacementTest {

    private static final UnitRelation UNITS = UnitRelation.byPaths(Map.of(1L, "/1/", 2L, "/1/2/", 3L, "/1/3/"));
    private static final EntryToJudge ENTRY = entry(10, 1, 2);

    @Test
    void theLeastLoadedEligibleJudgeNotYetOnTheEntryTakesOver() {
        List<PoolJudge> judges = List.of(judge(1, 3L, 1), judge(2, 3L, 1), judge(3, 3L, 1), judge(4, 2L, 1),
                judge(5, 3L, 2), judge(6, 3L, 1));
        // Judge 1 left; judge 2 is on the entry; judge 4 is from its unit; judge 5 covers another category;
        // judge 6 is the least loaded but declared a conflict: judge 3 it is.
        Set<JudgeEntry> current = Set.of(new JudgeEntry(2, 10), new JudgeEntry(3, 11), new JudgeEntry(3, 12),
                new JudgeEntry(2, 13), new JudgeEntry(2, 14), new JudgeEntry(2, 15));
        ReplacementRequest request = new ReplacementRequest(ENTRY, 1, judges, current,
                Set.of(new JudgeEntry(6, 10)), UNITS, 9);

        assertThat(AssignmentPlanner.replacementFor(request)).isEqualTo(new Replacement.Found(3));
    }

    @Test
    void amongEquallyLoadedJudgesTheSeedDecidesReproducibly() {
        List<PoolJudge> judges = List.of(judge(1, 3L, 1), judge(2, 3L, 1), judge(3, 3L, 1), judge(4, 3L, 1));
        Set<Long> picked = new java.util.HashSet<>();
        for (long seed = 0; seed < 20; seed++) {
            ReplacementRequest request = new ReplacementRequest(ENTRY, 1, judges, Set.of(), Set.of(), UNITS, seed);
            Replacement replacement = AssignmentPlanner.replacementFor(request);
            assertThat(AssignmentPlanner.replacementFor(request)).isEqualTo(replacement);
            picked.add(((Replacement.Found) replacement).judgeId());
        }
        assertThat(picked).containsExactlyInAnyOrder(2L, 3L, 4L);
    }

    @Test
    void whenNobodyIsLeftTheReasonSaysWhy() {
        List<PoolJudge> judges = List.of(judge(1, 3L, 1), judge(2, 3L, 1), judge(4, 2L, 1), judge(5, 3L, 1));
        ReplacementRequest request = new ReplacementRequest(ENTRY, 1, judges, Set.of(new JudgeEntry(2, 10)),
                Set.of(new JudgeEntry(5, 10)), UNITS, 1);

        assertThat(AssignmentPlanner.replacementFor(request)).isEqualTo(new Replacement.NoneAvailable(
                "本类别 4 位评委中，1 位已在评审此作品，1 位评委与作品同单位或上下级单位，2 位声明回避，没有可替换的评委"));
    }
}
