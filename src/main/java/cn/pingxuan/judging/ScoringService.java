package cn.pingxuan.judging;

import cn.pingxuan.account.Actor;
import cn.pingxuan.common.AuditLog;
import cn.pingxuan.common.ProblemException;
import cn.pingxuan.media.Asset;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpStatus;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A judge scoring their assignment: the scoring view, draft saves and submission. Saves name the version they were
 * based on; the row is locked while one is applied, so of two saves from the same version exactly one wins.
 */
@Singleton
public class ScoringService {

    private static final DateTimeFormatter SHOWN_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneId.of("Asia/Shanghai"));

    private final JudgeAccess access;
    private final AssignmentRepository assignments;
    private final ScoreRepository scores;
    private final RoundCriterionRepository criteria;
    private final JudgeQueueService queues;
    private final JudgeRoundViews roundViews;
    private final JudgeWorkViews workViews;
    private final AuditLog audit;
    private final Clock clock;

    ScoringService(JudgeAccess access, AssignmentRepository assignments, ScoreRepository scores,
                   RoundCriterionRepository criteria, JudgeQueueService queues, JudgeRoundViews roundViews,
                   JudgeWorkViews workViews, AuditLog audit, Clock clock) {
        this.access = access;
        this.assignments = assignments;
        this.scores = scores;
        this.criteria = criteria;
        this.queues = queues;
        this.roundViews = roundViews;
        this.workViews = workViews;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public ScoringView view(Actor actor, long assignmentId) {
        return view(access.own(actor, assignmentId));
    }

    /** A rendition of the assignment's entry; the judge never gets the original upload. */
    @Transactional(readOnly = true)
    public Asset rendition(Actor actor, long assignmentId, long assetId) {
        Assignment assignment = access.own(actor, assignmentId).assignment();
        return workViews.rendition(assignment.entryId(), assetId);
    }

    /** Autosave: scores may be partial, except on a submitted sheet, which stays complete while it is revised. */
    @Transactional
    public ScoringView saveDraft(Actor actor, long assignmentId, ScoreForm form, String ip) {
        return save(actor, assignmentId, form, false, ip);
    }

    @Transactional
    public ScoringView submit(Actor actor, long assignmentId, ScoreForm form, String ip) {
        return save(actor, assignmentId, form, true, ip);
    }

    /** The 409 reason why nothing may be saved on the assignment now, or null when saving is allowed. */
    @Nullable
    String closedReason(JudgingRound round, Assignment assignment) {
        Instant now = clock.instant();
        if (assignment.status() == AssignmentStatus.RECUSED) {
            return "您已回避该作品，不能再评分";
        }
        if (round.acceptsScores(now)) {
            return null;
        }
        return switch (round.status()) {
            case LOCKED, FINALIZED -> "本轮评审已锁定，评分不能再修改";
            case SETUP -> "本轮评审尚未开始";
            case OPEN -> now.isBefore(round.opensAt()) ? "评审尚未开始（" + SHOWN_TIME.format(round.opensAt()) + " 开始）"
                    : "评审已截止（" + SHOWN_TIME.format(round.closesAt()) + " 截止）";
        };
    }

    void requireOpenFor(JudgingRound round, Assignment assignment) {
        String reason = closedReason(round, assignment);
        if (reason != null) {
            throw new ProblemException(HttpStatus.CONFLICT, "scoring-closed", reason);
        }
    }

    private ScoringView save(Actor actor, long assignmentId, ScoreForm form, boolean submit, String ip) {
        JudgeAccess.Owned owned = access.ownForUpdate(actor, assignmentId);
        Assignment current = owned.assignment();
        requireOpenFor(owned.round(), current);
        Rubric rubric = new Rubric(criteria.findByRoundIdOrderByOrdinal(current.roundId()));
        AssignmentStatus next = submit || current.status() == AssignmentStatus.SUBMITTED
                ? AssignmentStatus.SUBMITTED : AssignmentStatus.DRAFT;
        ScoreSheet requested = ScoreSheet.validated(rubric, form, next == AssignmentStatus.SUBMITTED);
        List<Score> storedScores = scores.findByAssignmentId(current.id());
        ScoreSheet stored = ScoreSheet.of(storedScores, current.comment());
        String changes = requested.changesFrom(stored, rubric);
        boolean statusChanges = next != current.status() && (submit || !changes.isEmpty());
        if (!Objects.equals(form.version(), current.version())) {
            // a retried save whose first attempt did arrive: already applied, so answer as if it just was
            if (changes.isEmpty() && !statusChanges) {
                return view(owned);
            }
            throw new ProblemException(HttpStatus.CONFLICT, "stale-version",
                    "评分已在其他窗口或设备上修改，请刷新后再保存");
        }
        if (changes.isEmpty() && !statusChanges) {
            return view(owned);
        }
        store(current.id(), storedScores, requested.scores());
        Instant submittedAt = submit ? clock.instant() : current.submittedAt();
        assignments.update(current.saved(next, requested.comment(), rubric.total(requested.scores()), submittedAt));
        Assignment saved = assignments.findById(current.id()).orElseThrow();
        audit.record(actor.id(), "judging.score", "assignment", current.id(),
                join(changes, statusChanges ? current.status() + " → " + next : ""), ip);
        return view(new JudgeAccess.Owned(saved, owned.round()));
    }

    private void store(long assignmentId, List<Score> stored, Map<Long, BigDecimal> requested) {
        Map<Long, Score> byCriterion = new LinkedHashMap<>();
        stored.forEach(s -> byCriterion.put(s.criterionId(), s));
        for (Score score : stored) {
            BigDecimal value = requested.get(score.criterionId());
            if (value == null) {
                scores.delete(score);
            } else if (value.compareTo(score.value()) != 0) {
                scores.update(new Score(score.id(), assignmentId, score.criterionId(), value));
            }
        }
        requested.forEach((criterionId, value) -> {
            if (!byCriterion.containsKey(criterionId)) {
                scores.save(new Score(null, assignmentId, criterionId, value));
            }
        });
    }

    private ScoringView view(JudgeAccess.Owned owned) {
        Assignment assignment = owned.assignment();
        JudgingRound round = owned.round();
        List<Assignment> own = assignments.findByRoundIdAndJudgeIdOrderById(round.id(), assignment.judgeId());
        List<Long> queue = queues.items(round, own).stream().map(JudgeQueue.Item::assignmentId).toList();
        int at = queue.indexOf(assignment.id());
        Map<String, BigDecimal> values = new LinkedHashMap<>();
        scores.findByAssignmentId(assignment.id()).forEach(s -> values.put(String.valueOf(s.criterionId()), s.value()));
        return new ScoringView(assignment.id(), assignment.status(), assignment.status().label(),
                Objects.requireNonNull(assignment.version()), values, assignment.comment(), assignment.total(),
                closedReason(round, assignment) == null,
                at > 0 ? queue.get(at - 1) : null, at >= 0 && at + 1 < queue.size() ? queue.get(at + 1) : null,
                roundViews.of(round, own), workViews.of(round, assignment.entryId()));
    }

    private static String join(String changes, String statusChange) {
        return changes.isEmpty() ? statusChange : statusChange.isEmpty() ? changes : changes + "; " + statusChange;
    }
}
