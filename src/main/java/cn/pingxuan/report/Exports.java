package cn.pingxuan.report;

import cn.pingxuan.account.Actor;
import cn.pingxuan.common.AuditLog;
import cn.pingxuan.contest.Contest;
import cn.pingxuan.contest.ContestService;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * Organizers' downloads of a contest: results, judges' score sheets and unit statistics, as XLSX or CSV. They hold
 * minors' names, so each download is audited.
 */
@Singleton
class Exports {

    enum Kind {
        RESULTS("评审结果"), SCORE_SHEETS("评委评分表"), UNIT_STATS("单位统计");

        private final String label;

        Kind(String label) {
            this.label = label;
        }
    }

    enum Format {
        XLSX, CSV
    }

    private final ContestService contests;
    private final ResultsTable results;
    private final ScoreSheetTables scoreSheets;
    private final UnitStatistics unitStatistics;
    private final UnitStatsTables unitStatsTables;
    private final AuditLog audit;

    Exports(ContestService contests, ResultsTable results, ScoreSheetTables scoreSheets, UnitStatistics unitStatistics,
            UnitStatsTables unitStatsTables, AuditLog audit) {
        this.contests = contests;
        this.results = results;
        this.scoreSheets = scoreSheets;
        this.unitStatistics = unitStatistics;
        this.unitStatsTables = unitStatsTables;
        this.audit = audit;
    }

    /** {@code parentId} picks the level of the unit statistics (the participant unit's children when null). */
    @Transactional
    ExportFile export(Actor actor, long contestId, Kind kind, Format format, @Nullable Long parentId, String ip) {
        Contest contest = contests.requireManagedBy(actor, contestId);
        List<Table> tables = tables(contest, kind, format, parentId);
        String extension = format.name().toLowerCase();
        String fileName = contest.title() + "-" + kind.label + "." + extension;
        Path file = null;
        try {
            file = Files.createTempFile("pingxuan-export-", "." + extension);
            try (OutputStream out = Files.newOutputStream(file)) {
                if (format == Format.XLSX) {
                    XlsxTables.write(tables, out);
                } else {
                    CsvTables.write(tables.get(0), out);
                }
            }
        } catch (IOException e) {
            deleteQuietly(file);
            throw new UncheckedIOException(e);
        }
        audit.record(actor.id(), "report.export", "contest", contestId, fileName, ip);
        return new ExportFile(fileName, format == Format.XLSX ? ExportFile.XLSX : ExportFile.CSV, file);
    }

    private List<Table> tables(Contest contest, Kind kind, Format format, @Nullable Long parentId) {
        ZoneId zone = ZoneId.of(contest.zone());
        return switch (kind) {
            case RESULTS -> List.of(results.build(contest.id()));
            case SCORE_SHEETS -> format == Format.XLSX ? scoreSheets.perJudge(contest.id(), zone)
                    : List.of(scoreSheets.combined(contest.id(), zone));
            case UNIT_STATS -> {
                List<Table> tables = new ArrayList<>();
                tables.add(unitStatsTables.statistics(unitStatistics.stats(contest, parentId)));
                tables.add(unitStatsTables.marks(unitStatistics.marks(contest.id()), zone));
                yield tables;
            }
        };
    }

    private static void deleteQuietly(@Nullable Path file) {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException ignored) {
                // the temporary directory is cleaned by the system; the original failure is what matters
            }
        }
    }
}
