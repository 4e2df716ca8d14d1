package cn.pingxuan.results;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import io.micronaut.transaction.annotation.Transactional;

import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface AwardRepository extends CrudRepository<Award, Long> {

    @Query("SELECT * FROM award WHERE contest_id = :contestId ORDER BY basis, category_id, tier_ordinal, placing, entry_id")
    List<Award> findByContestIdInOrder(long contestId);

    Optional<Award> findByCertificateSerial(String certificateSerial);

    List<Award> findByEntryId(long entryId);

    boolean existsByContestId(long contestId);

    void deleteByContestId(long contestId);

    @Transactional
    @Query("SELECT * FROM award WHERE id = :id FOR UPDATE")
    Optional<Award> findByIdForUpdate(long id);
}
