package cn.pingxuan.judging;

import cn.pingxuan.account.Actor;
import cn.pingxuan.account.Role;
import cn.pingxuan.common.ProblemException;
import jakarta.inject.Singleton;

import java.util.List;
import java.util.Optional;

/**
 * What a judge may reach: only their own assignments, in rounds past setup. Anything else is "not found", even for
 * other judges, so nobody learns which entries or assignments exist.
 */
@Singleton
class JudgeAccess {

    private final AssignmentRepository assignments;
    private final RoundRepository rounds;

    JudgeAccess(AssignmentRepository assignments, RoundRepository rounds) {
        this.assignments = assignments;
        this.rounds = rounds;
    }

    record Owned(Assignment assignment, JudgingRound round) {
    }

    static void requireJudge(Actor actor) {
        if (!actor.has(Role.JUDGE)) {
            throw ProblemException.forbidden("仅评委可以访问评审工作台");
        }
    }

    Owned own(Actor actor, long assignmentId) {
        return owned(actor, assignments.findById(assignmentId));
    }

    /** As {@link #own}, holding the assignment's row until the caller's transaction ends. */
    Owned ownForUpdate(Actor actor, long assignmentId) {
        return owned(actor, assignments.findByIdForUpdate(assignmentId));
    }

    /** The round and every assignment the judge has in it (recused ones included). */
    List<Assignment> assignmentsIn(Actor actor, JudgingRound round) {
        requireJudge(actor);
        List<Assignment> own = round.status() == RoundStatus.SETUP ? List.of()
                : assignments.findByRoundIdAndJudgeIdOrderById(round.id(), actor.id());
        if (own.isEmpty()) {
            throw notFound();
        }
        return own;
    }

    JudgingRound round(long roundId) {
        return rounds.findById(roundId).orElseThrow(JudgeAccess::notFound);
    }

    private Owned owned(Actor actor, Optional<Assignment> found) {
        requireJudge(actor);
        Assignment assignment = found.filter(a -> a.judgeId() == actor.id()).orElseThrow(JudgeAccess::notFound);
        JudgingRound round = round(assignment.roundId());
        if (round.status() == RoundStatus.SETUP) {
            throw notFound();
        }
        return new Owned(assignment, round);
    }

    private static ProblemException notFound() {
        return ProblemException.notFound("评审任务不存在");
    }
}
