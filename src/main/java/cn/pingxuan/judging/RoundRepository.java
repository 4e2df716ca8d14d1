package cn.pingxuan.judging;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import io.micronaut.transaction.annotation.Transactional;

import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
interface RoundRepository extends CrudRepository<JudgingRound, Long> {

    List<JudgingRound> findByContestIdOrderByOrdinal(long contestId);

    Optional<JudgingRound> findByContestIdAndOrdinal(long contestId, int ordinal);

    @Query("SELECT COALESCE(MAX(ordinal), 0) FROM judging_round WHERE contest_id = :contestId")
    int maxOrdinal(long contestId);

    /** Serialises changes of one round's state (assignment runs, locking) across nodes. */
    @Transactional
    @Query("SELECT * FROM judging_round WHERE id = :id FOR UPDATE")
    Optional<JudgingRound> findByIdForUpdate(long id);
}
