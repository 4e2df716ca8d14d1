package cn.pingxuan.judging;

import cn.pingxuan.account.Actor;
import cn.pingxuan.common.AuditLog;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

/**
 * A judge recusing themself from an entry (回避): the assignment is kept with its scores for the record but no
 * longer counts, and another judge is asked to take the entry over.
 */
@Singleton
public class RecusalService {

    private final JudgeAccess access;
    private final ScoringService scoring;
    private final AssignmentRepository assignments;
    private final ReplacementJudges replacements;
    private final AuditLog audit;

    RecusalService(JudgeAccess access, ScoringService scoring, AssignmentRepository assignments,
                   ReplacementJudges replacements, AuditLog audit) {
        this.access = access;
        this.scoring = scoring;
        this.assignments = assignments;
        this.replacements = replacements;
        this.audit = audit;
    }

    @Transactional
    public RecuseForm.Result recuse(Actor actor, long assignmentId, RecuseForm form, String ip) {
        JudgeAccess.Owned owned = access.ownForUpdate(actor, assignmentId);
        Assignment current = owned.assignment();
        scoring.requireOpenFor(owned.round(), current);
        String reason = form.reason().strip();
        Assignment recused = assignments.update(current.recused(reason));
        audit.record(actor.id(), "judging.recuse", "assignment", current.id(), current.status() + " → RECUSED: " + reason, ip);
        return new RecuseForm.Result(replacements.replace(owned.round(), recused, actor.id(), ip));
    }
}
