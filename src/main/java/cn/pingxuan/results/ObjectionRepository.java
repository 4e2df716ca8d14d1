package cn.pingxuan.results;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
interface ObjectionRepository extends CrudRepository<Objection, Long> {

    List<Objection> findByContestIdOrderById(long contestId);

    List<Objection> findByContestIdAndByUserIdOrderById(long contestId, long byUserId);

    long countByContestIdAndStatus(long contestId, ObjectionStatus status);

    long countByByUserIdAndEntryIdAndStatus(long byUserId, long entryId, ObjectionStatus status);
}
