package cn.pingxuan.report;

import cn.pingxuan.account.Actor;
import cn.pingxuan.account.OrgUnit;
import cn.pingxuan.account.OrgUnitService;
import cn.pingxuan.account.UnitDirectory;
import cn.pingxuan.common.AuditLog;
import cn.pingxuan.common.ProblemException;
import cn.pingxuan.contest.Contest;
import cn.pingxuan.contest.ContestService;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Instant;

/** Organizers marking units of a contest for 优秀组织奖, and taking a mark back; both audited. */
@Singleton
class UnitAwards {

    private final ContestService contests;
    private final OrgUnitService units;
    private final UnitAwardRepository unitAwards;
    private final AuditLog audit;
    private final Clock clock;

    UnitAwards(ContestService contests, OrgUnitService units, UnitAwardRepository unitAwards, AuditLog audit, Clock clock) {
        this.contests = contests;
        this.units = units;
        this.unitAwards = unitAwards;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    UnitStatsView.Mark mark(Actor actor, long contestId, long unitId, UnitAwardForm form, String ip) {
        Contest contest = contests.requireManagedBy(actor, contestId);
        UnitDirectory directory = units.directory();
        OrgUnit root = directory.get(contest.participantUnitId()).orElseThrow();
        OrgUnit unit = UnitStatistics.withinScope(directory, root, unitId);
        String note = form.note() == null ? "" : form.note().strip();
        Instant now = Instant.now(clock);
        UnitAward saved = unitAwards.findByContestIdAndUnitId(contestId, unitId)
                .map(existing -> unitAwards.update(existing.withNote(note, actor.id(), now)))
                .orElseGet(() -> unitAwards.save(new UnitAward(null, contestId, unitId, note, actor.id(), now)));
        audit.record(actor.id(), "report.unit-award", "contest", contestId,
                "优秀组织奖：" + directory.pathName(unit.id()) + (note.isEmpty() ? "" : "（" + note + "）"), ip);
        return new UnitStatsView.Mark(unitId, saved.note(), saved.createdAt());
    }

    @Transactional
    void unmark(Actor actor, long contestId, long unitId, String ip) {
        contests.requireManagedBy(actor, contestId);
        UnitAward existing = unitAwards.findByContestIdAndUnitId(contestId, unitId)
                .orElseThrow(() -> ProblemException.notFound("该单位未被评为优秀组织奖"));
        unitAwards.delete(existing);
        audit.record(actor.id(), "report.unit-award.remove", "contest", contestId,
                "撤销优秀组织奖：" + units.directory().pathName(unitId), ip);
    }
}
