package cn.pingxuan.judging;

import cn.pingxuan.account.Actor;
import cn.pingxuan.account.OrgUnitService;
import cn.pingxuan.account.UnitDirectory;
import cn.pingxuan.account.UserLookup;
import cn.pingxuan.account.UserSummary;
import cn.pingxuan.contest.ContestCategory;
import cn.pingxuan.contest.ContestService;
import cn.pingxuan.entry.EntryForJudging;
import cn.pingxuan.judging.ranking.JudgeStatistics;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The organizer's view of a round being scored. */
@Singleton
public class RoundProgressService {

    private final RoundService rounds;
    private final RoundScores roundScores;
    private final AssignmentRepository assignments;
    private final JudgePoolService pool;
    private final UserLookup users;
    private final OrgUnitService units;
    private final ContestService contests;

    RoundProgressService(RoundService rounds, RoundScores roundScores, AssignmentRepository assignments,
                         JudgePoolService pool, UserLookup users, OrgUnitService units, ContestService contests) {
        this.rounds = rounds;
        this.roundScores = roundScores;
        this.assignments = assignments;
        this.pool = pool;
        this.users = users;
        this.units = units;
        this.contests = contests;
    }

    @Transactional(readOnly = true)
    public ProgressView progress(Actor actor, long roundId) {
        JudgingRound round = rounds.requireManaged(actor, roundId).round();
        List<Assignment> active = assignments.findByRoundIdOrderById(roundId).stream().filter(a -> a.status().active()).toList();
        RoundScores.Sheets scored = roundScores.submitted(roundId);
        JudgeStatistics statistics = JudgeStatistics.of(scored.scores());
        Map<Long, JudgeStatistics.JudgeSummary> byJudge = statistics.judges().stream()
                .collect(Collectors.toMap(JudgeStatistics.JudgeSummary::judgeId, Function.identity()));
        Map<Long, JudgeStatistics.EntrySpread> byEntry = statistics.entries().stream()
                .collect(Collectors.toMap(JudgeStatistics.EntrySpread::entryId, Function.identity()));

        Map<Long, UserSummary> people = users.byIds(pool.categoriesByJudge(roundId).keySet());
        UnitDirectory directory = units.directory();
        List<ProgressView.JudgeRow> judges = people.values().stream().sorted(Comparator.comparing(UserSummary::id)).map(u -> {
            List<Assignment> own = active.stream().filter(a -> a.judgeId() == u.id()).toList();
            JudgeStatistics.JudgeSummary s = byJudge.get(u.id());
            return new ProgressView.JudgeRow(u.id(), u.displayName(), directory.pathName(u.unitId()), own.size(),
                    count(own, AssignmentStatus.SUBMITTED), count(own, AssignmentStatus.DRAFT),
                    s == null ? null : s.mean(), s == null ? null : s.sd(), s == null ? null : s.deviation(),
                    s == null ? null : s.tendency());
        }).toList();

        Map<Long, String> categoryNames = contests.categoriesOf(round.contestId()).stream()
                .collect(Collectors.toMap(ContestCategory::id, ContestCategory::name));
        List<ProgressView.EntryRow> entries = scored.entries().values().stream()
                .sorted(Comparator.comparing(EntryForJudging::categoryId).thenComparing(e -> e.code() == null ? "" : e.code()))
                .map(e -> {
                    List<Assignment> of = active.stream().filter(a -> a.entryId() == e.id()).toList();
                    JudgeStatistics.EntrySpread s = byEntry.get(e.id());
                    return new ProgressView.EntryRow(e.id(), e.code(), e.title(), e.categoryId(),
                            categoryNames.getOrDefault(e.categoryId(), ""), count(of, AssignmentStatus.SUBMITTED), of.size(),
                            s == null ? null : s.mean(), s == null ? null : s.spread(), s != null && s.disagreement());
                }).toList();
        List<ProgressView.Cell> cells = active.stream()
                .map(a -> new ProgressView.Cell(a.entryId(), a.judgeId(), a.id(), a.status(), a.total())).toList();
        return new ProgressView(judges, entries, cells);
    }

    private static int count(List<Assignment> list, AssignmentStatus status) {
        return (int) list.stream().filter(a -> a.status() == status).count();
    }
}
