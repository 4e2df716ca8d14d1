package cn.pingxuan.report;

import cn.pingxuan.account.OrgUnitService;
import cn.pingxuan.account.UnitDirectory;
import cn.pingxuan.entry.EntryStatus;
import cn.pingxuan.results.AwardBasis;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The results table of a contest: every entry that passed screening with each round's score, its final score and
 * placing, and its award. An entry with several awards (a tier and 人气奖) has a row for each.
 */
@Singleton
class ResultsTable {

    private final ReportQueries queries;
    private final OrgUnitService units;

    ResultsTable(ReportQueries queries, OrgUnitService units) {
        this.queries = queries;
        this.units = units;
    }

    private record Line(ReportRows.ResultEntry entry, ReportRows.AwardLine award, BigDecimal finalScore, Integer placing,
                        int tierRank) {
    }

    @Transactional(readOnly = true)
    Table build(long contestId) {
        List<ReportRows.RoundHead> rounds = queries.rounds(contestId);
        Map<Long, Integer> roundColumn = new HashMap<>();
        for (int i = 0; i < rounds.size(); i++) {
            roundColumn.put(rounds.get(i).id(), i);
        }
        Map<Long, ReportRows.RoundScore[]> scores = new HashMap<>();
        for (ReportRows.RoundScore score : queries.roundScores(contestId)) {
            scores.computeIfAbsent(score.entryId(), e -> new ReportRows.RoundScore[rounds.size()])[roundColumn.get(score.roundId())] = score;
        }
        Map<Long, List<String>> members = queries.members(contestId).stream().collect(Collectors.groupingBy(
                ReportRows.MemberName::entryId, Collectors.mapping(ReportRows.MemberName::name, Collectors.toList())));
        Map<Long, List<ReportRows.AwardLine>> awards = queries.activeAwards(contestId).stream()
                .collect(Collectors.groupingBy(ReportRows.AwardLine::entryId));

        List<Line> lines = new ArrayList<>();
        for (ReportRows.ResultEntry entry : queries.screenedEntries(contestId)) {
            List<ReportRows.AwardLine> won = awards.getOrDefault(entry.id(), List.of());
            if (won.isEmpty()) {
                ReportRows.RoundScore last = last(scores.get(entry.id()));
                lines.add(new Line(entry, null, last == null ? null : last.score(), last == null ? null : last.placing(),
                        Integer.MAX_VALUE));
            }
            won.forEach(award -> lines.add(new Line(entry, award, award.finalScore(), award.placing(), tierRank(award))));
        }
        lines.sort(Comparator.comparingInt((Line l) -> l.entry().categoryOrdinal())
                .thenComparingLong(l -> l.entry().categoryId())
                .thenComparingInt(Line::tierRank)
                .thenComparing(Line::placing, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(l -> l.entry().code(), Comparator.nullsLast(Comparator.naturalOrder())));

        UnitDirectory directory = units.directory();
        List<String> headers = new ArrayList<>(List.of("作品编号", "作品名称", "类别", "作者", "单位", "指导教师"));
        rounds.forEach(round -> headers.add(round.name()));
        headers.addAll(List.of("最终得分", "名次", "奖项", "状态"));
        List<List<Object>> rows = new ArrayList<>();
        for (Line line : lines) {
            ReportRows.ResultEntry entry = line.entry();
            List<Object> row = new ArrayList<>();
            row.add(entry.code());
            row.add(entry.title());
            row.add(entry.categoryName());
            row.add(authors(entry, members.getOrDefault(entry.id(), List.of())));
            row.add(directory.pathName(entry.unitId()));
            row.add(entry.advisorName());
            ReportRows.RoundScore[] perRound = scores.get(entry.id());
            for (int i = 0; i < rounds.size(); i++) {
                row.add(perRound == null || perRound[i] == null ? null : perRound[i].score());
            }
            row.add(line.finalScore());
            row.add(line.placing());
            row.add(line.award() == null ? null : line.award().tierName());
            row.add(EntryStatus.valueOf(entry.status()).label());
            rows.add(row);
        }
        return new Table("评审结果", headers, rows);
    }

    /** Score tiers first (一等奖 before 二等奖), then vote-based ones (人气奖), then entries without an award. */
    private static int tierRank(ReportRows.AwardLine award) {
        return (AwardBasis.valueOf(award.basis()) == AwardBasis.SCORE ? 0 : 10_000) + award.tierOrdinal();
    }

    private static ReportRows.RoundScore last(ReportRows.RoundScore[] perRound) {
        if (perRound == null) {
            return null;
        }
        for (int i = perRound.length - 1; i >= 0; i--) {
            if (perRound[i] != null) {
                return perRound[i];
            }
        }
        return null;
    }

    private static String authors(ReportRows.ResultEntry entry, List<String> members) {
        List<String> names = new ArrayList<>();
        names.add(entry.submitterName());
        names.addAll(members);
        return String.join("、", names);
    }
}
