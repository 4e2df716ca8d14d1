package cn.pingxuan.report;

import cn.pingxuan.account.Actor;
import cn.pingxuan.account.OrgUnit;
import cn.pingxuan.account.OrgUnitService;
import cn.pingxuan.account.UnitDirectory;
import cn.pingxuan.common.ProblemException;
import cn.pingxuan.contest.Contest;
import cn.pingxuan.contest.ContestService;
import cn.pingxuan.entry.EntryStatus;
import cn.pingxuan.results.AwardBasis;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Entries, screening, recommendations, awards and participation per unit (to choose 优秀组织奖 winners): every entry
 * and student counts for the row of the unit directly below the chosen parent that contains them.
 */
@Singleton
class UnitStatistics {

    static final Set<EntryStatus> PASSED_SCREENING = EnumSet.of(EntryStatus.ELIGIBLE, EntryStatus.RECOMMENDED,
            EntryStatus.IN_JUDGING, EntryStatus.ADVANCED, EntryStatus.ELIMINATED, EntryStatus.AWARDED);

    private final ContestService contests;
    private final OrgUnitService units;
    private final ReportQueries queries;
    private final UnitAwardRepository unitAwards;

    UnitStatistics(ContestService contests, OrgUnitService units, ReportQueries queries, UnitAwardRepository unitAwards) {
        this.contests = contests;
        this.units = units;
        this.queries = queries;
        this.unitAwards = unitAwards;
    }

    @Transactional(readOnly = true)
    UnitStatsView stats(Actor actor, long contestId, @Nullable Long parentId) {
        return stats(contests.requireManagedBy(actor, contestId), parentId);
    }

    @Transactional(readOnly = true)
    UnitStatsView stats(Contest contest, @Nullable Long parentId) {
        UnitDirectory directory = units.directory();
        OrgUnit root = directory.get(contest.participantUnitId()).orElseThrow();
        OrgUnit parent = parentId == null ? root : withinScope(directory, root, parentId);
        List<String> parentIds = ids(parent.path());

        List<ReportRows.AwardLine> active = queries.activeAwards(contest.id());
        Map<Long, List<ReportRows.AwardLine>> awards = active.stream()
                .collect(Collectors.groupingBy(ReportRows.AwardLine::entryId));
        List<String> tiers = active.stream()
                .sorted(Comparator.comparing((ReportRows.AwardLine a) -> AwardBasis.valueOf(a.basis()))
                        .thenComparingInt(ReportRows.AwardLine::tierOrdinal))
                .map(ReportRows.AwardLine::tierName).distinct().toList();

        Map<Long, UnitTally> tallies = new LinkedHashMap<>();
        Function<Long, UnitTally> tallyOf = unitId -> {
            Long row = rowOf(directory, parent, parentIds, unitId);
            return row == null ? null : tallies.computeIfAbsent(row, r -> new UnitTally());
        };
        for (ReportRows.StatEntry entry : queries.submittedEntries(contest.id())) {
            UnitTally tally = tallyOf.apply(entry.unitId());
            if (tally != null) {
                List<String> won = awards.getOrDefault(entry.id(), List.of()).stream().map(ReportRows.AwardLine::tierName).toList();
                tally.add(entry, PASSED_SCREENING.contains(EntryStatus.valueOf(entry.status())), won);
            }
        }
        for (ReportRows.UnitStudents students : queries.studentsPerUnit()) {
            UnitTally tally = tallyOf.apply(students.unitId());
            if (tally != null) {
                tally.students += students.students();
            }
        }

        Map<Long, UnitStatsView.Mark> marks = marks(contest.id());
        Set<Long> withChildren = directory.all().stream().map(OrgUnit::parentId).filter(Objects::nonNull)
                .collect(Collectors.toSet());
        List<UnitStatsView.Row> rows = new ArrayList<>();
        UnitTally total = new UnitTally();
        List<OrgUnit> children = directory.all().stream().filter(u -> parent.id().equals(u.parentId()))
                .sorted(Comparator.comparing(OrgUnit::path)).toList();
        for (OrgUnit child : children) {
            UnitTally tally = tallies.getOrDefault(child.id(), new UnitTally());
            if (!tally.isEmpty() || marks.containsKey(child.id())) {
                rows.add(row(child, directory, false, withChildren.contains(child.id()), tally, tiers, marks));
                total.addAll(tally);
            }
        }
        UnitTally own = tallies.get(parent.id());
        if (own != null && !own.isEmpty()) {
            rows.add(row(parent, directory, true, false, own, tiers, marks));
            total.addAll(own);
        }
        UnitStatsView.Row totalRow = new UnitStatsView.Row(parent.id(), "合计", directory.pathName(parent.id()), false,
                !children.isEmpty(), total.entries, total.eligible, total.recommended, total.awarded,
                total.awardsIn(tiers), total.students, total.participants.size(), total.participationRate(), null);
        return new UnitStatsView(contest.id(), ref(parent), trail(directory, root, parent), tiers, rows, totalRow);
    }

    /** The marks of every unit of the contest, whatever level the statistics show. */
    @Transactional(readOnly = true)
    Map<Long, UnitStatsView.Mark> marks(long contestId) {
        Map<Long, UnitStatsView.Mark> marks = new LinkedHashMap<>();
        unitAwards.findByContestIdOrderByUnitId(contestId)
                .forEach(a -> marks.put(a.unitId(), new UnitStatsView.Mark(a.unitId(), a.note(), a.createdAt())));
        return marks;
    }

    static OrgUnit withinScope(UnitDirectory directory, OrgUnit root, long unitId) {
        return directory.get(unitId).filter(unit -> unit.isWithin(root))
                .orElseThrow(() -> ProblemException.notFound("该单位不在本比赛的参赛范围内"));
    }

    /** The row a unit counts for: the parent's child on its path, the parent itself, or none outside the parent. */
    private static Long rowOf(UnitDirectory directory, OrgUnit parent, List<String> parentIds, long unitId) {
        OrgUnit unit = directory.get(unitId).orElse(null);
        if (unit == null || !unit.isWithin(parent)) {
            return null;
        }
        List<String> path = ids(unit.path());
        return path.size() == parentIds.size() ? parent.id() : Long.valueOf(path.get(parentIds.size()));
    }

    private static UnitStatsView.Row row(OrgUnit unit, UnitDirectory directory, boolean own, boolean hasChildren,
                                         UnitTally tally, List<String> tiers, Map<Long, UnitStatsView.Mark> marks) {
        return new UnitStatsView.Row(unit.id(), own ? unit.name() + "（本级）" : unit.name(), directory.pathName(unit.id()),
                own, hasChildren, tally.entries, tally.eligible, tally.recommended, tally.awarded, tally.awardsIn(tiers),
                tally.students, tally.participants.size(), tally.participationRate(), own ? null : marks.get(unit.id()));
    }

    private static List<UnitStatsView.UnitRef> trail(UnitDirectory directory, OrgUnit root, OrgUnit parent) {
        List<String> path = ids(parent.path());
        return path.subList(ids(root.path()).size() - 1, path.size()).stream()
                .map(id -> directory.get(Long.valueOf(id)).orElseThrow()).map(UnitStatistics::ref).toList();
    }

    private static UnitStatsView.UnitRef ref(OrgUnit unit) {
        return new UnitStatsView.UnitRef(unit.id(), unit.name());
    }

    private static List<String> ids(String path) {
        return Arrays.stream(path.split("/")).filter(id -> !id.isEmpty()).toList();
    }
}
