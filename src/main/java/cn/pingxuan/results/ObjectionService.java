package cn.pingxuan.results;

import cn.pingxuan.account.Actor;
import cn.pingxuan.account.OrgUnitService;
import cn.pingxuan.account.UnitDirectory;
import cn.pingxuan.account.UserLookup;
import cn.pingxuan.account.UserSummary;
import cn.pingxuan.common.AuditLog;
import cn.pingxuan.common.ProblemException;
import cn.pingxuan.contest.ContestDetail;
import cn.pingxuan.contest.ContestService;
import cn.pingxuan.contest.ContestStatus;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Objections (异议) during the publicity period: any signed-in user files one, the organizer answers each. */
@Singleton
public class ObjectionService {

    private static final int MAX_PER_USER_AND_CONTEST = 20;

    private final ContestService contests;
    private final ResultsAccess access;
    private final ObjectionRepository objections;
    private final AwardRepository awards;
    private final AwardService awardService;
    private final WorkLabels labels;
    private final UserLookup users;
    private final OrgUnitService units;
    private final AuditLog audit;
    private final Clock clock;

    ObjectionService(ContestService contests, ResultsAccess access, ObjectionRepository objections, AwardRepository awards,
                     AwardService awardService, WorkLabels labels, UserLookup users, OrgUnitService units, AuditLog audit,
                     Clock clock) {
        this.contests = contests;
        this.access = access;
        this.objections = objections;
        this.awards = awards;
        this.awardService = awardService;
        this.labels = labels;
        this.users = users;
        this.units = units;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public ObjectionView file(Actor actor, String slugOrId, ObjectionForm form, String ip) {
        ContestDetail contest = contests.view(actor, slugOrId);
        ContestResults state = access.settings(contest.id());
        if (!PublicityService.acceptsObjections(contest.status(), state, clock.instant())) {
            throw ProblemException.conflict(contest.status() == ContestStatus.PUBLICITY ? "公示期已结束，不再受理异议"
                    : "本比赛不在公示期，不受理异议");
        }
        String body = form.body() == null ? "" : form.body().strip();
        if (body.length() < 10 || body.length() > 2000) {
            throw ProblemException.invalidField("body", "请写明异议的事实和理由（10–2000 字）");
        }
        Award award = activeScoreOrVoteAward(contest.id(), form.entryId())
                .orElseThrow(() -> ProblemException.invalidField("entryId", "该作品不在公示名单中"));
        if (objections.countByByUserIdAndEntryIdAndStatus(actor.id(), award.entryId(), ObjectionStatus.OPEN) > 0) {
            throw ProblemException.conflict("您对该作品的异议还在处理中，请等待答复");
        }
        if (objections.findByContestIdAndByUserIdOrderById(contest.id(), actor.id()).size() >= MAX_PER_USER_AND_CONTEST) {
            throw ProblemException.conflict("每位用户对本比赛最多提出 " + MAX_PER_USER_AND_CONTEST + " 条异议");
        }
        Objection saved = objections.save(new Objection(null, contest.id(), award.entryId(), actor.id(), body,
                ObjectionStatus.OPEN, null, null, null, null, null));
        audit.record(actor.id(), "results.objection", "objection", saved.id(), "作品 " + award.entryId(), ip);
        return views(contest.id(), List.of(saved), false).get(0);
    }

    @Transactional(readOnly = true)
    public List<ObjectionView> mine(Actor actor, String slugOrId) {
        ContestDetail contest = contests.view(actor, slugOrId);
        return views(contest.id(), objections.findByContestIdAndByUserIdOrderById(contest.id(), actor.id()), false);
    }

    @Transactional(readOnly = true)
    public List<ObjectionView> list(Actor actor, long contestId) {
        access.read(actor, contestId);
        return views(contestId, objections.findByContestIdOrderById(contestId), true);
    }

    /** Answers once, before publication; an upheld objection may change the award in the same transaction. */
    @Transactional
    public ObjectionView answer(Actor actor, long objectionId, ObjectionAnswer answer, String ip) {
        Objection objection = objections.findById(objectionId).orElseThrow(() -> ProblemException.notFound("异议不存在"));
        ResultsAccess.Managed managed = access.lock(actor, objection.contestId());
        objection = objections.findById(objectionId).orElseThrow();
        if (managed.contest().status() != ContestStatus.PUBLICITY) {
            throw ProblemException.conflict("只能在公示期内答复异议（当前：" + managed.contest().status().label() + "）");
        }
        if (objection.status() != ObjectionStatus.OPEN) {
            throw ProblemException.conflict("该异议已答复");
        }
        if (answer.outcome() == null || answer.outcome() == ObjectionStatus.OPEN) {
            throw ProblemException.invalidField("outcome", "请选择异议是否成立");
        }
        String response = answer.response() == null ? "" : answer.response().strip();
        if (response.length() < 2 || response.length() > 2000) {
            throw ProblemException.invalidField("response", "请填写答复（2–2000 字）");
        }
        ObjectionAnswer.Action action = answer.action() == null ? ObjectionAnswer.Action.NONE : answer.action();
        if (action != ObjectionAnswer.Action.NONE) {
            if (answer.outcome() != ObjectionStatus.UPHELD) {
                throw ProblemException.invalidField("action", "异议不成立时不能调整奖项");
            }
            Award award = activeScoreOrVoteAward(objection.contestId(), objection.entryId())
                    .orElseThrow(() -> ProblemException.conflict("该作品的奖项已撤销"));
            award = awards.findByIdForUpdate(award.id()).orElseThrow();
            String reason = "异议 #" + objection.id() + " 成立：" + response;
            if (action == ObjectionAnswer.Action.REVOKE) {
                awardService.revoke(managed.contest(), award, reason, actor.id(), ip);
            } else {
                AwardTier tier = awardService.tierFor(award.contestId(), answer.tierId(), award.categoryId(), award.basis());
                awardService.changeTier(award, tier, reason, actor.id(), ip);
            }
        }
        Objection answered = objections.update(objection.answered(answer.outcome(), response, actor.id(), clock.instant()));
        audit.record(actor.id(), "results.objection.answer", "objection", objectionId, answer.outcome().label()
                + (action == ObjectionAnswer.Action.NONE ? "" : "，" + action), ip);
        return views(objection.contestId(), List.of(answered), true).get(0);
    }

    /** The work's award an objection is about: its score award first, else its popularity award. */
    private Optional<Award> activeScoreOrVoteAward(long contestId, @Nullable Long entryId) {
        if (entryId == null) {
            return Optional.empty();
        }
        return awards.findByEntryId(entryId).stream().filter(a -> a.contestId() == contestId && a.active())
                .min((a, b) -> a.basis().compareTo(b.basis()));
    }

    private List<ObjectionView> views(long contestId, List<Objection> list, boolean forOrganizer) {
        Map<Long, WorkLabels.Work> works = labels.of(contestId, list.stream().map(Objection::entryId).distinct().toList());
        Map<Long, UserSummary> authors = forOrganizer ? users.byIds(list.stream().map(Objection::byUserId).distinct().toList())
                : Map.of();
        UnitDirectory directory = units.directory();
        return list.stream().map(o -> {
            WorkLabels.Work work = works.get(o.entryId());
            String tier = awards.findByEntryId(o.entryId()).stream().filter(Award::active).map(Award::tierName)
                    .findFirst().orElse(null);
            UserSummary by = authors.get(o.byUserId());
            return new ObjectionView(o.id(), o.entryId(), work.code(), work.title(), tier, o.body(), o.status(),
                    o.status().label(), o.response(), o.respondedAt(), o.createdAt(),
                    by == null ? null : by.displayName(), by == null ? null : directory.pathName(by.unitId()));
        }).toList();
    }
}
