package cn.pingxuan.report;

import cn.pingxuan.account.OrgUnitService;
import cn.pingxuan.account.UnitDirectory;

import jakarta.inject.Singleton;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The unit statistics as export tables: the statistics themselves, and every unit marked for 优秀组织奖. */
@Singleton
class UnitStatsTables {

    private final OrgUnitService units;

    UnitStatsTables(OrgUnitService units) {
        this.units = units;
    }

    Table statistics(UnitStatsView stats) {
        List<String> headers = new ArrayList<>(List.of("单位", "单位路径", "作品数", "通过审查", "推荐", "获奖"));
        headers.addAll(stats.tiers());
        headers.addAll(List.of("注册学生", "参赛学生", "参与率（%）", "优秀组织奖", "说明"));
        List<List<Object>> rows = new ArrayList<>();
        stats.rows().forEach(row -> rows.add(cells(row)));
        rows.add(cells(stats.total()));
        return new Table("单位统计", headers, rows);
    }

    Table marks(Map<Long, UnitStatsView.Mark> marks, ZoneId zone) {
        UnitDirectory directory = units.directory();
        List<List<Object>> rows = new ArrayList<>();
        marks.values().forEach(mark -> rows.add(List.of(directory.pathName(mark.unitId()), mark.note(),
                ScoreSheetTables.TIME.format(mark.markedAt().atZone(zone)))));
        return new Table("优秀组织奖", List.of("单位", "说明", "标记时间"), rows);
    }

    private static List<Object> cells(UnitStatsView.Row row) {
        List<Object> cells = new ArrayList<>(List.of(row.name(), row.pathName(), row.entries(), row.eligible(),
                row.recommended(), row.awarded()));
        cells.addAll(row.awardsByTier().values());
        cells.add(row.students());
        cells.add(row.participants());
        cells.add(row.participationRate() == null ? null
                : BigDecimal.valueOf(row.participationRate() * 100).setScale(1, RoundingMode.HALF_UP));
        cells.add(row.unitAward() == null ? null : "是");
        cells.add(row.unitAward() == null ? null : row.unitAward().note());
        return cells;
    }
}
