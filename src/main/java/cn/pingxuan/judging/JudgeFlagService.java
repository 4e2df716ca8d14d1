package cn.pingxuan.judging;

import cn.pingxuan.account.Actor;
import cn.pingxuan.common.AuditLog;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

/** A judge bringing an entry to the organizer's attention; the organizer resolves it. */
@Singleton
public class JudgeFlagService {

    private final JudgeAccess access;
    private final JudgeFlagRepository flags;
    private final AuditLog audit;

    JudgeFlagService(JudgeAccess access, JudgeFlagRepository flags, AuditLog audit) {
        this.access = access;
        this.flags = flags;
        this.audit = audit;
    }

    @Transactional
    public FlagForm.Receipt flag(Actor actor, long assignmentId, FlagForm form, String ip) {
        Assignment assignment = access.own(actor, assignmentId).assignment();
        JudgeFlag flag = flags.save(new JudgeFlag(null, assignment.roundId(), assignment.id(), assignment.entryId(),
                actor.id(), form.kind(), form.note().strip(), null, null, null, null));
        audit.record(actor.id(), "judging.flag", "assignment", assignment.id(), form.kind().label(), ip);
        return FlagForm.Receipt.of(flag);
    }
}
