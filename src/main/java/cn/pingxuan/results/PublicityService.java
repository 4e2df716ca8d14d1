package cn.pingxuan.results;

import cn.pingxuan.account.Actor;
import cn.pingxuan.common.AuditLog;
import cn.pingxuan.common.ProblemException;
import cn.pingxuan.contest.ContestCategory;
import cn.pingxuan.contest.ContestDetail;
import cn.pingxuan.contest.ContestService;
import cn.pingxuan.contest.ContestStatus;
import cn.pingxuan.entry.EntryForJudging;
import cn.pingxuan.entry.EntryStatus;
import cn.pingxuan.entry.JudgingEntries;
import cn.pingxuan.judging.FinalRanking;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The results' way out: display settings, the publicity period (公示) with its public list, and publication, which
 * needs the period over and every objection answered.
 */
@Singleton
public class PublicityService {

    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final ResultsAccess access;
    private final ContestService contests;
    private final ContestResultsRepository results;
    private final AwardRepository awards;
    private final ObjectionRepository objections;
    private final JudgingEntries entries;
    private final FinalRanking finalRanking;
    private final AuditLog audit;
    private final Clock clock;

    PublicityService(ResultsAccess access, ContestService contests, ContestResultsRepository results,
                     AwardRepository awards, ObjectionRepository objections, JudgingEntries entries,
                     FinalRanking finalRanking, AuditLog audit, Clock clock) {
        this.access = access;
        this.contests = contests;
        this.results = results;
        this.awards = awards;
        this.objections = objections;
        this.entries = entries;
        this.finalRanking = finalRanking;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public ResultsOverview overview(Actor actor, long contestId) {
        return overview(access.read(actor, contestId));
    }

    @Transactional
    public ResultsOverview display(Actor actor, long contestId, DisplayForm form, String ip) {
        ResultsAccess.Managed managed = access.lock(actor, contestId);
        ContestResults saved = results.update(managed.results().withDisplay(form.showAuthors(), form.showUnit(),
                form.showAdvisor()));
        audit.record(actor.id(), "results.display", "contest", contestId, "作者 " + form.showAuthors() + "，单位 "
                + form.showUnit() + "，指导教师 " + form.showAdvisor(), ip);
        return overview(new ResultsAccess.Managed(managed.contest(), saved));
    }

    /** JUDGING → PUBLICITY: the allocated awards go on the public list until {@code endsAt}. */
    @Transactional
    public ResultsOverview startPublicity(Actor actor, long contestId, PublicityForm form, String ip) {
        ResultsAccess.Managed managed = access.lock(actor, contestId);
        if (managed.contest().status() != ContestStatus.JUDGING) {
            throw ProblemException.conflict("只有评审中的比赛可以开始公示（当前：" + managed.contest().status().label() + "）");
        }
        if (awards.findByContestIdInOrder(contestId).stream().noneMatch(Award::active)) {
            throw ProblemException.conflict("请先分配奖项，再开始公示");
        }
        Instant now = clock.instant();
        Instant endsAt = futureEnd(form, now);
        contests.enterResultsStage(actor, contestId, ContestStatus.PUBLICITY, ip);
        ContestResults saved = results.update(managed.results().publicity(now, endsAt));
        audit.record(actor.id(), "results.publicity", "contest", contestId, "公示至 " + shown(endsAt, managed), ip);
        return overview(new ResultsAccess.Managed(contests.require(contestId), saved));
    }

    /** Moves the end of a running publicity period (extending it, or shortening it to a time still ahead). */
    @Transactional
    public ResultsOverview changePublicityEnd(Actor actor, long contestId, PublicityForm form, String ip) {
        ResultsAccess.Managed managed = access.lock(actor, contestId);
        if (managed.contest().status() != ContestStatus.PUBLICITY) {
            throw ProblemException.conflict("比赛不在公示期，不能修改公示结束时间");
        }
        Instant endsAt = futureEnd(form, clock.instant());
        ContestResults saved = results.update(managed.results().publicity(managed.results().publicityStartsAt(), endsAt));
        audit.record(actor.id(), "results.publicity", "contest", contestId, "公示结束时间 "
                + shown(managed.results().publicityEndsAt(), managed) + " → " + shown(endsAt, managed), ip);
        return overview(new ResultsAccess.Managed(managed.contest(), saved));
    }

    /** PUBLICITY → PUBLISHED once the period is over and every objection has its answer. */
    @Transactional
    public ResultsOverview publish(Actor actor, long contestId, String ip) {
        ResultsAccess.Managed managed = access.lock(actor, contestId);
        ContestResults state = managed.results();
        if (managed.contest().status() != ContestStatus.PUBLICITY) {
            throw ProblemException.conflict("请先完成公示再发布结果（当前：" + managed.contest().status().label() + "）");
        }
        Instant now = clock.instant();
        if (state.publicityEndsAt() != null && now.isBefore(state.publicityEndsAt())) {
            throw ProblemException.conflict("公示期至 " + shown(state.publicityEndsAt(), managed) + " 结束，结束后才能发布最终结果");
        }
        long open = objections.countByContestIdAndStatus(contestId, ObjectionStatus.OPEN);
        if (open > 0) {
            throw ProblemException.conflict("还有 " + open + " 条异议没有答复，请先答复");
        }
        // a work with a judged tier and a popularity tier is named by both in its notice
        Map<Long, String> awarded = awards.findByContestIdInOrder(contestId).stream().filter(Award::active)
                .collect(Collectors.toMap(Award::entryId, Award::tierName, (judged, popular) -> judged + "、" + popular,
                        LinkedHashMap::new));
        Set<Long> ranked = new HashSet<>();
        finalRanking.of(contestId).values().forEach(list -> list.forEach(s -> ranked.add(s.entryId())));
        ranked.removeAll(awarded.keySet());
        entries.publishOutcomes(awarded, ranked, actor.id(), ip);
        contests.enterResultsStage(actor, contestId, ContestStatus.PUBLISHED, ip);
        ContestResults saved = results.update(state.published(now));
        audit.record(actor.id(), "results.publish", "contest", contestId, awarded.size() + " 件作品获奖", ip);
        return overview(new ResultsAccess.Managed(contests.require(contestId), saved));
    }

    /** The public list while the results are in publicity or published; 404 before (nothing leaks early). */
    @Transactional(readOnly = true)
    public PublicityList publicList(String slugOrId) {
        ContestDetail contest = contests.view(null, slugOrId);
        if (contest.status() != ContestStatus.PUBLICITY && !contest.status().resultsPublished()) {
            throw ProblemException.notFound("本比赛的评奖结果尚未公示");
        }
        ContestResults state = access.settings(contest.id());
        Instant now = clock.instant();
        List<Award> active = awards.findByContestIdInOrder(contest.id()).stream().filter(Award::active).toList();
        Map<Long, EntryForJudging> works = entries.byIds(active.stream().map(Award::entryId).toList()).stream()
                .filter(e -> e.status() != EntryStatus.WITHDRAWN)
                .collect(Collectors.toMap(EntryForJudging::id, Function.identity()));
        Map<Long, JudgingEntries.Authors> authors = entries.authorsOf(works.keySet());
        Map<Long, PublicityList.Category> categories = new LinkedHashMap<>();
        for (ContestCategory category : contests.categoriesOf(contest.id())) {
            categories.put(category.id(), new PublicityList.Category(category.id(), category.name(), new ArrayList<>()));
        }
        for (Award award : active.stream().sorted(Comparator.comparing(Award::basis).thenComparingInt(Award::tierOrdinal)
                .thenComparingInt(Award::placing).thenComparingLong(Award::entryId)).toList()) {
            EntryForJudging work = works.get(award.entryId());
            PublicityList.Category category = categories.get(award.categoryId());
            if (work == null || category == null) {
                continue;
            }
            List<PublicityList.Tier> tiers = category.tiers();
            if (tiers.isEmpty() || !tiers.get(tiers.size() - 1).name().equals(award.tierName())
                    || tiers.get(tiers.size() - 1).basis() != award.basis()) {
                tiers.add(new PublicityList.Tier(award.tierName(), award.tierOrdinal(), award.basis(), new ArrayList<>()));
            }
            tiers.get(tiers.size() - 1).works().add(publicWork(work, authors.get(work.id()), state));
        }
        return new PublicityList(contest.id(), contest.slug(), contest.title(), contest.status(), contest.statusLabel(),
                contest.zone(), state.publicityStartsAt(), state.publicityEndsAt(), acceptsObjections(contest.status(), state, now),
                contest.status().resultsPublished(),
                categories.values().stream().filter(c -> !c.tiers().isEmpty()).toList());
    }

    static boolean acceptsObjections(ContestStatus status, ContestResults state, Instant now) {
        return status == ContestStatus.PUBLICITY && state.publicityEndsAt() != null && now.isBefore(state.publicityEndsAt());
    }

    private static PublicityList.Work publicWork(EntryForJudging work, JudgingEntries.Authors authors, ContestResults state) {
        return new PublicityList.Work(work.id(), work.code(), work.title(), state.showAuthors() ? authors.names() : null,
                state.showUnit() ? authors.unitName() : null, state.showAdvisor() ? authors.advisorName() : null);
    }

    private ResultsOverview overview(ResultsAccess.Managed managed) {
        ContestResults state = managed.results();
        long contestId = managed.contest().id();
        List<Objection> all = objections.findByContestIdOrderById(contestId);
        Instant now = clock.instant();
        return new ResultsOverview(contestId, managed.contest().slug(), managed.contest().title(), managed.contest().status(),
                managed.contest().status().label(), state.showAuthors(), state.showUnit(), state.showAdvisor(),
                state.allocatedAt(), awards.findByContestIdInOrder(contestId).stream().filter(Award::active).count(),
                state.publicityStartsAt(), state.publicityEndsAt(),
                state.publicityEndsAt() != null && !now.isBefore(state.publicityEndsAt()), all.size(),
                all.stream().filter(o -> o.status() == ObjectionStatus.OPEN).count(), state.publishedAt());
    }

    private static Instant futureEnd(PublicityForm form, Instant now) {
        if (form.endsAt() == null || !form.endsAt().isAfter(now)) {
            throw ProblemException.invalidField("endsAt", "公示结束时间必须晚于现在");
        }
        return form.endsAt();
    }

    private static String shown(@Nullable Instant at, ResultsAccess.Managed managed) {
        return at == null ? "—" : SHOWN.format(at.atZone(ZoneId.of(managed.contest().zone())));
    }
}
