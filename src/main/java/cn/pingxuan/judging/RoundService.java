package cn.pingxuan.judging;

import cn.pingxuan.account.Actor;
import cn.pingxuan.common.AuditLog;
import cn.pingxuan.common.FieldError;
import cn.pingxuan.common.ProblemException;
import cn.pingxuan.contest.Contest;
import cn.pingxuan.contest.ContestCategory;
import cn.pingxuan.contest.ContestService;
import cn.pingxuan.judging.ranking.Aggregation;
import io.micronaut.http.HttpStatus;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** Organizers setting rounds up: rubric, categories, window, method and advance rule. */
@Singleton
public class RoundService {

    private final RoundRepository rounds;
    private final RoundCategoryRepository roundCategories;
    private final RoundCriterionRepository criteria;
    private final RoundJudgeRepository judges;
    private final AssignmentRepository assignments;
    private final ContestService contests;
    private final AuditLog audit;

    RoundService(RoundRepository rounds, RoundCategoryRepository roundCategories, RoundCriterionRepository criteria,
                 RoundJudgeRepository judges, AssignmentRepository assignments, ContestService contests, AuditLog audit) {
        this.rounds = rounds;
        this.roundCategories = roundCategories;
        this.criteria = criteria;
        this.judges = judges;
        this.assignments = assignments;
        this.contests = contests;
        this.audit = audit;
    }

    /** A round and its contest, for an organizer allowed to run that contest; 404 for anything else. */
    public record Managed(JudgingRound round, Contest contest) {
    }

    @Transactional(readOnly = true)
    public Managed requireManaged(Actor actor, long roundId) {
        JudgingRound round = rounds.findById(roundId).orElseThrow(() -> ProblemException.notFound("评审轮次不存在"));
        return new Managed(round, contests.requireManagedBy(actor, round.contestId()));
    }

    @Transactional(readOnly = true)
    public List<RoundView> list(Actor actor, long contestId) {
        contests.requireManagedBy(actor, contestId);
        return rounds.findByContestIdOrderByOrdinal(contestId).stream().map(this::view).toList();
    }

    @Transactional(readOnly = true)
    public RoundView get(Actor actor, long roundId) {
        return view(requireManaged(actor, roundId).round());
    }

    @Transactional
    public RoundView create(Actor actor, long contestId, RoundForm form, String ip) {
        Contest contest = contests.requireManagedBy(actor, contestId);
        validate(form, contest);
        JudgingRound round = rounds.save(new JudgingRound(null, contestId, rounds.maxOrdinal(contestId) + 1,
                form.name().strip(), form.judgesPerEntry(), form.blind(), form.opensAt(), form.closesAt(), aggregationOf(form),
                form.advanceRule().kind(), form.advanceRule().value(), RoundStatus.SETUP, null, null, null));
        saveParts(round.id(), form);
        audit.record(actor.id(), "round.create", "round", round.id(), round.name(), ip);
        return view(round);
    }

    /** Everything may change while the round is set up; once open only its deadline may move. */
    @Transactional
    public RoundView update(Actor actor, long roundId, RoundForm form, String ip) {
        Managed managed = requireManaged(actor, roundId);
        JudgingRound round = managed.round();
        validate(form, managed.contest());
        JudgingRound saved;
        if (round.status() == RoundStatus.SETUP) {
            saved = rounds.update(new JudgingRound(round.id(), round.contestId(), round.ordinal(), form.name().strip(),
                    form.judgesPerEntry(), form.blind(), form.opensAt(), form.closesAt(), aggregationOf(form),
                    form.advanceRule().kind(), form.advanceRule().value(), round.status(), round.createdAt(),
                    round.updatedAt(), round.version()));
            roundCategories.deleteByRoundId(roundId);
            criteria.deleteByRoundId(roundId);
            saveParts(roundId, form);
        } else if (round.status() == RoundStatus.OPEN) {
            if (!sameSetup(round, form)) {
                throw ProblemException.conflict("评审已开始，只能调整截止时间");
            }
            saved = rounds.update(round.withClosesAt(form.closesAt()));
        } else {
            throw ProblemException.conflict("本轮已锁定，不能再修改");
        }
        audit.record(actor.id(), "round.update", "round", roundId, saved.name() + "，截止 " + saved.closesAt(), ip);
        return view(saved);
    }

    /** Only the last round, and only before it opens. */
    @Transactional
    public void delete(Actor actor, long roundId, String ip) {
        JudgingRound round = requireManaged(actor, roundId).round();
        if (round.status() != RoundStatus.SETUP) {
            throw ProblemException.conflict("评审已开始的轮次不能删除");
        }
        if (rounds.maxOrdinal(round.contestId()) != round.ordinal()) {
            throw ProblemException.conflict("只能删除最后一个轮次");
        }
        rounds.delete(round);
        audit.record(actor.id(), "round.delete", "round", roundId, round.name(), ip);
    }

    @Transactional(readOnly = true)
    public Set<Long> categoryIds(long roundId) {
        return roundCategories.findByRoundId(roundId).stream().map(RoundCategory::categoryId).collect(Collectors.toSet());
    }

    @Transactional(readOnly = true)
    public Rubric rubric(long roundId) {
        return new Rubric(criteria.findByRoundIdOrderByOrdinal(roundId));
    }

    @Transactional(readOnly = true)
    public RoundView view(JudgingRound round) {
        List<Assignment> all = assignments.findByRoundIdOrderById(round.id());
        List<Assignment> active = all.stream().filter(a -> a.status().active()).toList();
        int entryCount = (int) active.stream().map(Assignment::entryId).distinct().count();
        int submitted = (int) active.stream().filter(a -> a.status() == AssignmentStatus.SUBMITTED).count();
        int judgeCount = (int) judges.findByRoundId(round.id()).stream().map(RoundJudge::userId).distinct().count();
        return new RoundView(round.id(), round.contestId(), round.ordinal(), round.name(),
                categoryIds(round.id()).stream().sorted().toList(), round.judgesPerEntry(), round.blind(), round.opensAt(),
                round.closesAt(), round.aggregation(), round.aggregation().label(),
                new RoundView.AdvanceRuleView(round.advanceKind(), round.advanceValue()),
                criteria.findByRoundIdOrderByOrdinal(round.id()).stream().map(RoundView.CriterionView::of).toList(),
                round.status(), round.status().label(), entryCount, active.size(), submitted, judgeCount);
    }

    private void validate(RoundForm form, Contest contest) {
        Set<Long> contestCategories = contests.categoriesOf(contest.id()).stream().map(ContestCategory::id)
                .collect(Collectors.toSet());
        List<FieldError> errors = RoundRules.check(form, contestCategories);
        if (!errors.isEmpty()) {
            throw new ProblemException(HttpStatus.BAD_REQUEST, "validation", errors.get(0).message(), errors, null);
        }
    }

    private void saveParts(long roundId, RoundForm form) {
        form.categoryIds().forEach(categoryId -> roundCategories.save(new RoundCategory(null, roundId, categoryId)));
        for (int i = 0; i < form.criteria().size(); i++) {
            RoundForm.CriterionForm c = form.criteria().get(i);
            criteria.save(new RoundCriterion(null, roundId, i, c.name().strip(),
                    c.description() == null ? "" : c.description().strip(), c.maxScore(), c.weight()));
        }
    }

    private boolean sameSetup(JudgingRound round, RoundForm form) {
        List<RoundCriterion> current = criteria.findByRoundIdOrderByOrdinal(round.id());
        boolean sameCriteria = current.size() == form.criteria().size();
        for (int i = 0; sameCriteria && i < current.size(); i++) {
            RoundForm.CriterionForm wanted = form.criteria().get(i);
            sameCriteria = current.get(i).maxScore().compareTo(wanted.maxScore()) == 0
                    && current.get(i).weight().compareTo(wanted.weight()) == 0;
        }
        return sameCriteria && round.name().equals(form.name().strip()) && round.judgesPerEntry() == form.judgesPerEntry() && round.blind() == form.blind()
                && round.opensAt().equals(form.opensAt()) && round.aggregation() == aggregationOf(form)
                && round.advanceKind() == form.advanceRule().kind()
                && round.advanceValue().compareTo(form.advanceRule().value()) == 0
                && categoryIds(round.id()).equals(Set.copyOf(form.categoryIds()));
    }

    private static Aggregation aggregationOf(RoundForm form) {
        return form.aggregation() == null ? Aggregation.ADDITIVE : form.aggregation();
    }
}
