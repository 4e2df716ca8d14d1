package cn.pingxuan.judging;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
interface JudgeFlagRepository extends CrudRepository<JudgeFlag, Long> {

    List<JudgeFlag> findByRoundIdOrderById(long roundId);

    List<JudgeFlag> findByAssignmentId(long assignmentId);
}
