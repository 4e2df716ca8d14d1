package cn.pingxuan.contest;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.Collection;
import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
interface ContestCategoryRepository extends CrudRepository<ContestCategory, Long> {

    List<ContestCategory> findByContestIdOrderByOrdinal(long contestId);

    List<ContestCategory> findByContestIdInOrderByOrdinal(Collection<Long> contestIds);
}
