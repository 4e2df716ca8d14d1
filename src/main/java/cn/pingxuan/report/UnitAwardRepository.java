package cn.pingxuan.report;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
interface UnitAwardRepository extends CrudRepository<UnitAward, Long> {

    List<UnitAward> findByContestIdOrderByUnitId(long contestId);

    Optional<UnitAward> findByContestIdAndUnitId(long contestId, long unitId);
}
