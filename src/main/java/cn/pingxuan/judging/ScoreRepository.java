package cn.pingxuan.judging;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.Collection;
import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
interface ScoreRepository extends CrudRepository<Score, Long> {

    List<Score> findByAssignmentId(long assignmentId);

    List<Score> findByAssignmentIdIn(Collection<Long> assignmentIds);

    void deleteByAssignmentId(long assignmentId);
}
