package cn.pingxuan.results;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import io.micronaut.transaction.annotation.Transactional;

import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface ContestResultsRepository extends CrudRepository<ContestResults, Long> {

    /** Serialises allocation, adjustments and the publication steps of one contest across nodes. */
    @Transactional
    @Query("SELECT * FROM contest_results WHERE contest_id = :contestId FOR UPDATE")
    Optional<ContestResults> findByIdForUpdate(long contestId);
}
