package cn.pingxuan.entry;

import cn.pingxuan.account.Actor;
import cn.pingxuan.account.OrgUnit;
import cn.pingxuan.account.OrgUnitService;
import cn.pingxuan.account.Role;
import cn.pingxuan.common.AuditLog;
import cn.pingxuan.common.LikePatterns;
import cn.pingxuan.common.PageResult;
import cn.pingxuan.common.ProblemException;
import cn.pingxuan.contest.Contest;
import cn.pingxuan.contest.ContestCategory;
import cn.pingxuan.contest.ContestService;
import cn.pingxuan.contest.ContestStatus;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Screening before judging: organizers decide eligibility (资格审查); unit admins forward the best eligible
 * entries of their units, within a quota per category (择优推荐). Every decision is audited.
 */
@Singleton
public class ScreeningService {

    private static final Set<EntryStatus> SCREENABLE = EnumSet.of(EntryStatus.SUBMITTED, EntryStatus.ELIGIBLE,
            EntryStatus.REJECTED, EntryStatus.RECOMMENDED);
    private static final Set<ContestStatus> SCREENING_OPEN = EnumSet.of(ContestStatus.OPEN, ContestStatus.CLOSED);
    private static final int MAX_PAGE_SIZE = 200;

    private final EntryRepository entries;
    private final RecommendationRepository recommendations;
    private final ContestService contests;
    private final OrgUnitService units;
    private final EntryViews views;
    private final AuditLog audit;
    private final SimilarityReview similarity;
    private final EntryUpdates updates;

    ScreeningService(EntryRepository entries, RecommendationRepository recommendations, ContestService contests,
                     OrgUnitService units, EntryViews views, AuditLog audit, SimilarityReview similarity,
                     EntryUpdates updates) {
        this.updates = updates;
        this.similarity = similarity;
        this.entries = entries;
        this.recommendations = recommendations;
        this.contests = contests;
        this.units = units;
        this.views = views;
        this.audit = audit;
    }

    public record Filter(@Nullable Long categoryId, @Nullable Long unitId, @Nullable EntryStatus status, @Nullable String text) {
    }

    /** Organizers see every submitted entry of their contest; a unit admin those from their own unit subtree. */
    @Transactional(readOnly = true)
    public PageResult<EntryView> list(Actor actor, long contestId, Filter filter, int page, int size) {
        Contest contest = contests.require(contestId);
        String pathPattern = scopePattern(actor, contest);
        if (filter.unitId() != null) {
            OrgUnit unit = units.directory().get(filter.unitId()).orElseThrow(() -> ProblemException.notFound("单位不存在"));
            if (!unit.path().startsWith(pathPattern.substring(0, pathPattern.length() - 1))) {
                throw ProblemException.forbidden("只能查看本单位及下级单位的作品");
            }
            pathPattern = unit.path() + "%";
        }
        Set<EntryStatus> statuses = filter.status() == null ? SCREENABLE : EnumSet.of(filter.status());
        List<Long> categoryIds = contests.categoriesOf(contestId).stream().map(ContestCategory::id)
                .filter(id -> filter.categoryId() == null || id.equals(filter.categoryId())).toList();
        if (categoryIds.isEmpty()) {
            return new PageResult<>(List.of(), 0, page, size);
        }
        String text = LikePatterns.containing(filter.text());
        int pageSize = Math.max(1, Math.min(size, MAX_PAGE_SIZE));
        Page<Entry> result = entries.screen(contestId, statuses, pathPattern, categoryIds, text,
                Pageable.from(Math.max(0, page), pageSize));
        List<EntryView> found = views.of(result.getContent());
        if (contests.manages(actor, contest)) {
            Map<Long, List<EntryView.SimilarHint>> hints = similarity.hints(found.stream().map(EntryView::id).toList());
            found = found.stream().map(view -> view.withSimilar(hints.getOrDefault(view.id(), List.of()))).toList();
        }
        return new PageResult<>(found, result.getTotalSize(), result.getPageNumber(), pageSize);
    }

    @Transactional
    public EntryView review(Actor actor, long contestId, long entryId, ReviewDecision decision, String ip) {
        Contest contest = contests.requireManagedBy(actor, contestId);
        Entry entry = requireInContest(contest, entryId);
        Entry reviewed = decide(actor, contest, entry, decision, ip);
        return views.one(reviewed);
    }

    @Transactional
    public ReviewDecision.BulkResult approveAll(Actor actor, long contestId, List<Long> entryIds, String ip) {
        Contest contest = contests.requireManagedBy(actor, contestId);
        int approved = 0;
        List<ReviewDecision.Skipped> skipped = new ArrayList<>();
        for (Long entryId : entryIds) {
            Entry entry = entries.findById(entryId).filter(e -> e.contestId() == contestId).orElse(null);
            if (entry == null) {
                skipped.add(new ReviewDecision.Skipped(entryId, "不是本比赛的作品"));
            } else if (entry.status() != EntryStatus.SUBMITTED) {
                skipped.add(new ReviewDecision.Skipped(entryId, "状态为“" + entry.status().label() + "”，无需审查"));
            } else {
                decide(actor, contest, entry, new ReviewDecision(ReviewDecision.Verdict.APPROVE, null), ip);
                approved++;
            }
        }
        return new ReviewDecision.BulkResult(approved, skipped);
    }

    @Transactional
    public EntryView recommend(Actor actor, long contestId, long entryId, String ip) {
        Contest contest = contests.require(contestId);
        OrgUnit unit = requireUnitAdmin(actor);
        Entry entry = requireInContest(contest, entryId);
        requireWithin(entry, unit);
        if (!contest.requiresRecommendation()) {
            throw ProblemException.conflict("本比赛不需要单位推荐");
        }
        requireScreeningOpen(contest);
        if (entry.status() != EntryStatus.ELIGIBLE) {
            throw ProblemException.conflict("只能推荐审查通过的作品（当前状态：" + entry.status().label() + "）");
        }
        ContestCategory category = contests.categoriesOf(contestId).stream().filter(c -> c.id() == entry.categoryId())
                .findFirst().orElseThrow();
        int quota = category.recommendationQuota() == null ? 0 : category.recommendationQuota();
        long used = recommendations.countByUnitAndCategory(unit.id(), category.id());
        if (used >= quota) {
            throw ProblemException.conflict("“" + category.name() + "”类别的推荐名额（" + quota + " 个）已用完");
        }
        recommendations.save(new Recommendation(null, entryId, unit.id(), actor.id(), null));
        Entry recommended = updates.moveTo(entry, EntryStatus.RECOMMENDED, null, actor.id());
        audit.record(actor.id(), "entry.recommend", "entry", entryId, unit.name() + " " + (used + 1) + "/" + quota, ip);
        return views.one(recommended);
    }

    @Transactional
    public EntryView withdrawRecommendation(Actor actor, long contestId, long entryId, String ip) {
        Contest contest = contests.require(contestId);
        OrgUnit unit = requireUnitAdmin(actor);
        Entry entry = requireInContest(contest, entryId);
        requireWithin(entry, unit);
        requireScreeningOpen(contest);
        Recommendation recommendation = recommendations.findByEntryId(entryId)
                .orElseThrow(() -> ProblemException.conflict("该作品尚未被推荐"));
        recommendations.delete(recommendation);
        Entry eligible = updates.moveTo(entry, EntryStatus.ELIGIBLE, null, actor.id());
        audit.record(actor.id(), "entry.recommend.withdraw", "entry", entryId, unit.name(), ip);
        return views.one(eligible);
    }

    private Entry decide(Actor actor, Contest contest, Entry entry, ReviewDecision decision, String ip) {
        requireScreeningOpen(contest);
        if (entry.status() != EntryStatus.SUBMITTED && entry.status() != EntryStatus.ELIGIBLE
                && entry.status() != EntryStatus.REJECTED) {
            throw ProblemException.conflict("作品状态为“" + entry.status().label() + "”，不能审查");
        }
        boolean approve = decision.verdict() == ReviewDecision.Verdict.APPROVE;
        if (!approve && (decision.reason() == null || decision.reason().isBlank())) {
            throw ProblemException.invalidField("reason", "请填写不通过的原因，学生会看到它");
        }
        EntryStatus next = approve ? EntryStatus.ELIGIBLE : EntryStatus.REJECTED;
        Entry decided = updates.moveTo(entry, next, approve ? null : decision.reason().strip(), actor.id());
        audit.record(actor.id(), approve ? "entry.approve" : "entry.reject", "entry", entry.id(),
                entry.status() + " → " + next + (approve ? "" : "：" + decision.reason().strip()), ip);
        return decided;
    }

    private String scopePattern(Actor actor, Contest contest) {
        if (contests.manages(actor, contest)) {
            return "%";
        }
        if (actor.has(Role.UNIT_ADMIN) && actor.unit() != null) {
            return actor.unit().path() + "%";
        }
        throw ProblemException.forbidden("只有比赛的组织者或单位管理员可以查看报名作品");
    }

    private Entry requireInContest(Contest contest, long entryId) {
        return entries.findById(entryId).filter(e -> e.contestId() == contest.id())
                .orElseThrow(() -> ProblemException.notFound("作品不存在"));
    }

    private void requireWithin(Entry entry, OrgUnit unit) {
        OrgUnit entryUnit = units.directory().get(entry.unitId()).orElseThrow();
        if (!entryUnit.isWithin(unit)) {
            throw ProblemException.forbidden("只能推荐本单位及下级单位的作品");
        }
    }

    private static OrgUnit requireUnitAdmin(Actor actor) {
        if (!actor.has(Role.UNIT_ADMIN) || actor.unit() == null) {
            throw ProblemException.forbidden("只有单位管理员可以推荐作品");
        }
        return actor.unit();
    }

    private static void requireScreeningOpen(Contest contest) {
        if (!SCREENING_OPEN.contains(contest.status())) {
            throw ProblemException.conflict("比赛处于“" + contest.status().label() + "”阶段，审查与推荐已结束");
        }
    }
}
