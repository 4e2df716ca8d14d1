package cn.pingxuan.judging;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
interface RoundCategoryRepository extends CrudRepository<RoundCategory, Long> {

    List<RoundCategory> findByRoundId(long roundId);

    void deleteByRoundId(long roundId);
}
