package cn.pingxuan.vote;

import cn.pingxuan.account.Actor;
import cn.pingxuan.common.ProblemException;
import io.micronaut.http.HttpStatus;
import jakarta.inject.Singleton;

import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.SQLTransactionRollbackException;

/**
 * Casting a vote: the attempt is throttled first (committed on its own, so refused votes count too), then recorded.
 * Two requests racing for the same work and day meet at the unique key; the loser gets 409, never a 500, and so
 * does a request the database picked as a deadlock victim.
 */
@Singleton
class Voting {

    private final VoteContexts contexts;
    private final VoteThrottle throttle;
    private final VoteRecorder recorder;

    Voting(VoteContexts contexts, VoteThrottle throttle, VoteRecorder recorder) {
        this.contexts = contexts;
        this.throttle = throttle;
        this.recorder = recorder;
    }

    public VoteBoard.Receipt cast(Actor voter, String slugOrId, long entryId, String ip, String userAgent) {
        VoteContext context = contexts.require(slugOrId);
        try {
            throttle.attempt(voter.id(), ip);
            return recorder.record(context, voter, entryId, ip, userAgent);
        } catch (ProblemException e) {
            throw e;
        } catch (RuntimeException e) {
            SQLException cause = sqlCause(e);
            if (cause instanceof SQLIntegrityConstraintViolationException || isState(cause, "23")) {
                throw alreadyVoted();
            }
            if (cause instanceof SQLTransactionRollbackException || isState(cause, "40")) {
                throw new ProblemException(HttpStatus.CONFLICT, "vote-busy", "投票的人较多，请稍后重试");
            }
            throw e;
        }
    }

    static ProblemException alreadyVoted() {
        return new ProblemException(HttpStatus.CONFLICT, "vote-duplicate", "今天已经给这件作品投过票了，明天可以再投");
    }

    private static SQLException sqlCause(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql) {
                return sql;
            }
        }
        return null;
    }

    private static boolean isState(SQLException e, String classPrefix) {
        return e != null && e.getSQLState() != null && e.getSQLState().startsWith(classPrefix);
    }
}
