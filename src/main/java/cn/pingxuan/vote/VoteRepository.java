package cn.pingxuan.vote;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.LocalDate;
import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
interface VoteRepository extends CrudRepository<Vote, Long> {

    @Query("SELECT entry_id, COUNT(*) AS votes FROM vote WHERE contest_id = :contestId GROUP BY entry_id")
    List<VoteCount> countByEntry(long contestId);

    boolean existsByEntryIdAndUserIdAndVoteDay(long entryId, long userId, LocalDate voteDay);

    List<Long> findEntryIdByContestIdAndUserIdAndVoteDay(long contestId, long userId, LocalDate voteDay);

    Page<Vote> findByContestId(long contestId, Pageable pageable);

    Page<Vote> findByContestIdAndIp(long contestId, String ip, Pageable pageable);

    Page<Vote> findByContestIdAndUserId(long contestId, long userId, Pageable pageable);

    long deleteByContestIdAndIp(long contestId, String ip);

    long deleteByContestIdAndUserId(long contestId, long userId);
}
