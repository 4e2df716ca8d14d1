package cn.pingxuan.results;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface AwardTierRepository extends CrudRepository<AwardTier, Long> {

    List<AwardTier> findByContestIdOrderByOrdinal(long contestId);

    void deleteByContestId(long contestId);
}
