package cn.pingxuan.judging;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
interface JudgeConflictRepository extends CrudRepository<JudgeConflict, Long> {

    List<JudgeConflict> findByRoundIdOrderById(long roundId);

    Optional<JudgeConflict> findByRoundIdAndJudgeIdAndEntryId(long roundId, long judgeId, long entryId);
}
