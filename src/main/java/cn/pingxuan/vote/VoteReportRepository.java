package cn.pingxuan.vote;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.time.Instant;
import java.util.List;

/** The aggregate queries behind the organizer's vote report. */
@JdbcRepository(dialect = Dialect.MYSQL)
interface VoteReportRepository extends GenericRepository<Vote, Long> {

    @Query("SELECT COUNT(DISTINCT user_id) FROM vote WHERE contest_id = :contestId")
    long countVoters(long contestId);

    @Query("SELECT entry_id, COUNT(*) AS votes, COUNT(DISTINCT user_id) AS voters FROM vote WHERE contest_id = :contestId "
            + "GROUP BY entry_id ORDER BY votes DESC, entry_id")
    List<VoteRows.EntryTotal> totals(long contestId);

    @Query("SELECT entry_id, created_at FROM vote WHERE contest_id = :contestId ORDER BY entry_id, created_at")
    List<VoteRows.Moment> moments(long contestId);

    @Query("SELECT ip AS source, COUNT(DISTINCT user_id) AS users, COUNT(*) AS votes FROM vote WHERE contest_id = :contestId "
            + "GROUP BY ip HAVING COUNT(DISTINCT user_id) >= :minUsers ORDER BY users DESC, votes DESC LIMIT 100")
    List<VoteRows.Source> sharedAddresses(long contestId, int minUsers);

    @Query("SELECT ip AS source, entry_id, COUNT(*) AS votes FROM vote WHERE contest_id = :contestId GROUP BY ip, entry_id")
    List<VoteRows.SourceEntry> addressEntries(long contestId);

    @Query("SELECT user_agent AS source, COUNT(DISTINCT user_id) AS users, COUNT(*) AS votes FROM vote "
            + "WHERE contest_id = :contestId GROUP BY user_agent HAVING COUNT(DISTINCT user_id) >= :minUsers "
            + "ORDER BY users DESC, votes DESC LIMIT 100")
    List<VoteRows.Source> sharedAgents(long contestId, int minUsers);

    @Query("SELECT user_agent AS source, entry_id, COUNT(*) AS votes FROM vote WHERE contest_id = :contestId "
            + "GROUP BY user_agent, entry_id")
    List<VoteRows.SourceEntry> agentEntries(long contestId);

    /** Votes by accounts created at or after {@code since}, per account and work. */
    @Query("SELECT v.user_id AS user_id, u.username AS username, u.created_at AS created_at, v.entry_id AS entry_id, "
            + "COUNT(*) AS votes FROM vote v JOIN app_user u ON u.id = v.user_id "
            + "WHERE v.contest_id = :contestId AND u.created_at >= :since "
            + "GROUP BY v.user_id, u.username, u.created_at, v.entry_id ORDER BY v.user_id")
    List<VoteRows.NewVoter> newVoters(long contestId, Instant since);
}
