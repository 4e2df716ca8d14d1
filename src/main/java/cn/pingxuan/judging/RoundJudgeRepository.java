package cn.pingxuan.judging;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
interface RoundJudgeRepository extends CrudRepository<RoundJudge, Long> {

    List<RoundJudge> findByRoundId(long roundId);

    List<RoundJudge> findByRoundIdAndUserId(long roundId, long userId);

    void deleteByRoundId(long roundId);
}
