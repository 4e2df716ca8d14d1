package cn.pingxuan.vote;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.util.List;
import java.util.Optional;

/**
 * Reads entries for the vote. Candidates are the works that passed screening; drafts, rejected and withdrawn works
 * never are. Read here rather than through the entry feature so the vote's rule stays in one query.
 */
@JdbcRepository(dialect = Dialect.MYSQL)
interface CandidateRepository extends GenericRepository<Vote, Long> {

    String CANDIDATE = "status IN ('ELIGIBLE', 'RECOMMENDED', 'IN_JUDGING', 'ADVANCED', 'ELIMINATED', 'AWARDED')";

    @Query("SELECT id, code, title, summary, category_id FROM entry WHERE contest_id = :contestId AND " + CANDIDATE
            + " ORDER BY category_id, code, id")
    List<Candidate> candidates(long contestId);

    @Query("SELECT id, code, title, summary, category_id FROM entry WHERE contest_id = :contestId AND id = :entryId AND "
            + CANDIDATE)
    Optional<Candidate> candidate(long contestId, long entryId);

    /** Every entry of the contest, candidate or not: the report names works that lost their place too. */
    @Query("SELECT id, code, title, summary, category_id FROM entry WHERE contest_id = :contestId")
    List<Candidate> allEntries(long contestId);

    @Query("SELECT COUNT(*) FROM entry e WHERE e.id = :entryId AND (e.submitter_id = :userId "
            + "OR EXISTS (SELECT 1 FROM entry_member m WHERE m.entry_id = e.id AND m.user_id = :userId))")
    long countAuthored(long entryId, long userId);
}
