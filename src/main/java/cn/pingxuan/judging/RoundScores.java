package cn.pingxuan.judging;

import cn.pingxuan.entry.EntryForJudging;
import cn.pingxuan.entry.JudgingEntries;
import cn.pingxuan.judging.ranking.JudgeScore;
import cn.pingxuan.judging.ranking.RankedEntry;
import cn.pingxuan.judging.ranking.Ranking;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The stored, submitted scores of a round, as the ranking reads them: always from the database, never a cache. */
@Singleton
class RoundScores {

    private final AssignmentRepository assignments;
    private final ScoreRepository scores;
    private final RoundService rounds;
    private final JudgingEntries entries;

    RoundScores(AssignmentRepository assignments, ScoreRepository scores, RoundService rounds, JudgingEntries entries) {
        this.assignments = assignments;
        this.scores = scores;
        this.rounds = rounds;
        this.entries = entries;
    }

    /**
     * A round's entries and their submitted sheets. The whole round is ranked in one go (judges who scored in several
     * categories link them, which the ZSCORE and ADDITIVE methods use); entries then compete within their category.
     */
    record Sheets(Map<Long, EntryForJudging> entries, List<JudgeScore> scores) {

        /** The round-wide ranking cut into categories, each ranked among itself (category id → best first). */
        Map<Long, List<RankedEntry>> byCategory(List<RankedEntry> roundWide) {
            Map<Long, List<RankedEntry>> slices = new TreeMap<>();
            roundWide.forEach(r -> slices.computeIfAbsent(entries.get(r.entryId()).categoryId(), c -> new ArrayList<>()).add(r));
            slices.replaceAll((category, slice) -> Ranking.rerank(slice));
            return slices;
        }
    }

    @Transactional(readOnly = true)
    Sheets submitted(long roundId) {
        Rubric rubric = rounds.rubric(roundId);
        List<Assignment> active = assignments.findByRoundIdOrderById(roundId).stream().filter(a -> a.status().active()).toList();
        Map<Long, EntryForJudging> works = entries.byIds(active.stream().map(Assignment::entryId).distinct().toList())
                .stream().collect(Collectors.toMap(EntryForJudging::id, Function.identity()));
        List<Assignment> submitted = active.stream().filter(a -> a.status() == AssignmentStatus.SUBMITTED).toList();
        Map<Long, Map<Long, BigDecimal>> values = scores.findByAssignmentIdIn(submitted.stream().map(Assignment::id).toList())
                .stream().collect(Collectors.groupingBy(Score::assignmentId,
                        Collectors.toMap(Score::criterionId, Score::value)));
        List<JudgeScore> sheets = new ArrayList<>();
        for (Assignment a : submitted) {
            Map<Long, BigDecimal> sheet = values.getOrDefault(a.id(), Map.of());
            sheets.add(new JudgeScore(a.entryId(), a.judgeId(), a.total().doubleValue(), rubric.tieBreakValue(sheet)));
        }
        return new Sheets(works, sheets);
    }
}
