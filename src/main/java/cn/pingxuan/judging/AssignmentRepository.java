package cn.pingxuan.judging;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import io.micronaut.transaction.annotation.Transactional;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
interface AssignmentRepository extends CrudRepository<Assignment, Long> {

    List<Assignment> findByRoundIdOrderById(long roundId);

    List<Assignment> findByRoundIdAndJudgeIdOrderById(long roundId, long judgeId);

    List<Assignment> findByJudgeIdOrderById(long judgeId);

    List<Assignment> findByRoundIdAndEntryId(long roundId, long entryId);

    Optional<Assignment> findByRoundIdAndEntryIdAndJudgeId(long roundId, long entryId, long judgeId);

    void deleteByIdIn(Collection<Long> ids);

    /** A judge's save holds the row until it commits, so a concurrent save sees the new version. */
    @Transactional
    @Query("SELECT * FROM assignment WHERE id = :id FOR UPDATE")
    Optional<Assignment> findByIdForUpdate(long id);
}
