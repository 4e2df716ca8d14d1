package cn.pingxuan.report;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.math.BigDecimal;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Every judge's submitted score sheets: round, entry, each criterion's score, total and when it was submitted. Criteria
 * of the same name share a column across rounds (the round column tells them apart).
 */
@Singleton
class ScoreSheetTables {

    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final ReportQueries queries;

    ScoreSheetTables(ReportQueries queries) {
        this.queries = queries;
    }

    /** One sheet per judge, named after the judge. */
    @Transactional(readOnly = true)
    List<Table> perJudge(long contestId, ZoneId zone) {
        Sheets sheets = load(contestId);
        Map<Long, List<ReportRows.SheetLine>> byJudge = sheets.lines().stream()
                .collect(Collectors.groupingBy(ReportRows.SheetLine::judgeId, LinkedHashMap::new, Collectors.toList()));
        List<Table> tables = new ArrayList<>();
        byJudge.values().forEach(lines -> tables.add(new Table(lines.get(0).judgeName(), sheets.headers(List.of()),
                lines.stream().map(line -> sheets.row(line, zone, List.of())).toList())));
        return tables;
    }

    /** All judges in one long table with a judge column, for CSV. */
    @Transactional(readOnly = true)
    Table combined(long contestId, ZoneId zone) {
        Sheets sheets = load(contestId);
        return new Table("评委评分", sheets.headers(List.of("评委")),
                sheets.lines().stream().map(line -> sheets.row(line, zone, List.of(line.judgeName()))).toList());
    }

    private Sheets load(long contestId) {
        Map<Long, String> roundNames = queries.rounds(contestId).stream()
                .collect(Collectors.toMap(ReportRows.RoundHead::id, ReportRows.RoundHead::name));
        List<String> criterionNames = new ArrayList<>();
        Map<Long, Integer> criterionColumn = new HashMap<>();
        for (ReportRows.CriterionHead criterion : queries.criteria(contestId)) {
            int column = criterionNames.indexOf(criterion.name());
            if (column < 0) {
                column = criterionNames.size();
                criterionNames.add(criterion.name());
            }
            criterionColumn.put(criterion.id(), column);
        }
        Map<Long, Map<Long, BigDecimal>> values = queries.submittedScores(contestId).stream()
                .collect(Collectors.groupingBy(ReportRows.ScoreValue::assignmentId,
                        Collectors.toMap(ReportRows.ScoreValue::criterionId, ReportRows.ScoreValue::scoreValue)));
        return new Sheets(queries.submittedSheets(contestId), roundNames, criterionNames, criterionColumn, values);
    }

    private record Sheets(List<ReportRows.SheetLine> lines, Map<Long, String> roundNames, List<String> criterionNames,
                          Map<Long, Integer> criterionColumn, Map<Long, Map<Long, BigDecimal>> values) {

        List<String> headers(List<String> leading) {
            List<String> headers = new ArrayList<>(leading);
            headers.addAll(List.of("轮次", "作品编号", "作品名称"));
            headers.addAll(criterionNames);
            headers.addAll(List.of("总分", "提交时间"));
            return headers;
        }

        List<Object> row(ReportRows.SheetLine line, ZoneId zone, List<Object> leading) {
            List<Object> row = new ArrayList<>(leading);
            row.add(roundNames.get(line.roundId()));
            row.add(line.code());
            row.add(line.title());
            Object[] scores = new Object[criterionNames.size()];
            values.getOrDefault(line.assignmentId(), Map.of())
                    .forEach((criterionId, value) -> scores[criterionColumn.get(criterionId)] = value);
            row.addAll(Arrays.asList(scores));
            row.add(line.total());
            row.add(line.submittedAt() == null ? null : TIME.format(line.submittedAt().atZone(zone)));
            return row;
        }
    }
}
