package cn.pingxuan.entry;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
interface RecommendationRepository extends CrudRepository<Recommendation, Long> {

    Optional<Recommendation> findByEntryId(long entryId);

    @Query("""
            SELECT COUNT(*) FROM recommendation r JOIN entry e ON e.id = r.entry_id
            WHERE r.unit_id = :unitId AND e.category_id = :categoryId""")
    long countByUnitAndCategory(long unitId, long categoryId);
}
