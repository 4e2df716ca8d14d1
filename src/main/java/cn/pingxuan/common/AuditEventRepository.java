package cn.pingxuan.common;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
interface AuditEventRepository extends CrudRepository<AuditEvent, Long> {

    List<AuditEvent> findBySubjectTypeAndSubjectIdOrderByIdDesc(String subjectType, String subjectId);
}
