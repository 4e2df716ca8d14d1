package cn.pingxuan.vote;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
interface VoteRepository extends CrudRepository<Vote, Long> {

    @Query("SELECT entry_id, COUNT(*) AS votes FROM vote WHERE contest_id = :contestId GROUP BY entry_id")
    List<VoteCount> countByEntry(long contestId);
}
