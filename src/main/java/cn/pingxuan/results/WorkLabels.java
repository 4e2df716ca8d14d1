package cn.pingxuan.results;

import cn.pingxuan.account.OrgUnitService;
import cn.pingxuan.account.UnitDirectory;
import cn.pingxuan.contest.ContestCategory;
import cn.pingxuan.contest.ContestService;
import cn.pingxuan.entry.EntryForJudging;
import cn.pingxuan.entry.JudgingEntries;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;

import java.util.Collection;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** How results pages name works: code, title, category and unit, looked up once per page. */
@Singleton
class WorkLabels {

    private final JudgingEntries entries;
    private final ContestService contests;
    private final OrgUnitService units;

    WorkLabels(JudgingEntries entries, ContestService contests, OrgUnitService units) {
        this.entries = entries;
        this.contests = contests;
        this.units = units;
    }

    @Serdeable
    record Work(long entryId, @Nullable String code, String title, long categoryId, String categoryName, String unitName) {
    }

    Map<Long, String> categoryNames(long contestId) {
        return contests.categoriesOf(contestId).stream().collect(Collectors.toMap(ContestCategory::id, ContestCategory::name));
    }

    Map<Long, Work> of(long contestId, Collection<Long> entryIds) {
        Map<Long, String> categoryNames = categoryNames(contestId);
        UnitDirectory directory = units.directory();
        return entries.byIds(entryIds).stream().map(e -> work(e, categoryNames, directory))
                .collect(Collectors.toMap(Work::entryId, Function.identity()));
    }

    private static Work work(EntryForJudging entry, Map<Long, String> categoryNames, UnitDirectory directory) {
        return new Work(entry.id(), entry.code(), entry.title(), entry.categoryId(),
                categoryNames.getOrDefault(entry.categoryId(), ""), directory.pathName(entry.unitId()));
    }
}
