package cn.pingxuan.contest;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.Collection;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
interface ContestRepository extends CrudRepository<Contest, Long> {

    Optional<Contest> findBySlug(String slug);

    boolean existsBySlug(String slug);

    boolean existsBySlugAndIdNot(String slug, Long id);

    @Query(value = "SELECT * FROM contest WHERE status IN (:statuses) ORDER BY submission_opens_at DESC, id DESC",
            countQuery = "SELECT COUNT(*) FROM contest WHERE status IN (:statuses)")
    Page<Contest> findByStatuses(Collection<ContestStatus> statuses, Pageable pageable);

    @Query(value = """
            SELECT c.* FROM contest c JOIN org_unit ou ON ou.id = c.owner_unit_id
            WHERE ou.path LIKE :ownerPathPattern ORDER BY c.id DESC""",
            countQuery = "SELECT COUNT(*) FROM contest c JOIN org_unit ou ON ou.id = c.owner_unit_id WHERE ou.path LIKE :ownerPathPattern")
    Page<Contest> findOwnedWithin(String ownerPathPattern, Pageable pageable);
}
