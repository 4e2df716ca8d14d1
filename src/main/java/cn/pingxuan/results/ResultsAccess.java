package cn.pingxuan.results;

import cn.pingxuan.account.Actor;
import cn.pingxuan.contest.Contest;
import cn.pingxuan.contest.ContestService;
import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

/** The contest an organizer works on, with its results row locked so steps on one contest run one at a time. */
@Singleton
class ResultsAccess {

    private final ContestService contests;
    private final ContestResultsRepository results;

    ResultsAccess(ContestService contests, ContestResultsRepository results) {
        this.contests = contests;
        this.results = results;
    }

    record Managed(Contest contest, ContestResults results) {
    }

    /** 403/404 unless the actor runs the contest; the results row is read FOR UPDATE (created on first use). */
    @Transactional
    Managed lock(Actor actor, long contestId) {
        Contest contest = contests.requireManagedBy(actor, contestId);
        return new Managed(contest, lockedRow(contestId));
    }

    @Transactional(readOnly = true)
    Managed read(Actor actor, long contestId) {
        Contest contest = contests.requireManagedBy(actor, contestId);
        return new Managed(contest, settings(contestId));
    }

    ContestResults settings(long contestId) {
        return results.findById(contestId).orElseGet(() -> ContestResults.defaults(contestId));
    }

    private ContestResults lockedRow(long contestId) {
        return results.findByIdForUpdate(contestId).orElseGet(() -> {
            try {
                results.save(ContestResults.defaults(contestId));
            } catch (DataAccessException anotherNodeCreatedIt) {
                // the primary key makes the row unique; whoever lost the race just locks the winner's row
            }
            return results.findByIdForUpdate(contestId).orElseThrow();
        });
    }
}
