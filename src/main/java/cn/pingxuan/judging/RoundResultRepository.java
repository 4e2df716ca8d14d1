package cn.pingxuan.judging;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
interface RoundResultRepository extends CrudRepository<RoundResult, Long> {

    @Query("SELECT * FROM round_result WHERE round_id = :roundId ORDER BY category_id, placing, entry_id")
    List<RoundResult> findByRoundIdInOrder(long roundId);

    void deleteByRoundId(long roundId);
}
