package cn.pingxuan.account;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
interface UserRepository extends CrudRepository<AppUser, Long> {

    Optional<AppUser> findByUsername(String username);

    boolean existsByUsername(String username);

    long countByUnitId(Long unitId);

    List<AppUser> findByIdIn(Collection<Long> ids);

    @Query("SELECT username FROM app_user WHERE username IN (:usernames)")
    List<String> findExistingUsernames(Collection<String> usernames);

    @Query("SELECT unit_id, COUNT(*) AS users FROM app_user WHERE unit_id IS NOT NULL GROUP BY unit_id")
    List<UnitUserCount> countPerUnit();

    @Query("SELECT COUNT(*) FROM app_user WHERE CONCAT(',', roles, ',') LIKE :rolePattern AND active = TRUE")
    long countActiveWithRole(String rolePattern);

    /**
     * Every filter is always applied, with a match-all value when the caller did not ask for it:
     * H2 cannot type a bare {@code :param IS NULL}.
     */
    @Query(value = """
            SELECT u.* FROM app_user u LEFT JOIN org_unit ou ON ou.id = u.unit_id
            WHERE (u.username LIKE :text OR u.display_name LIKE :text)
              AND COALESCE(ou.path, '') LIKE :unitPathPattern
              AND CONCAT(',', u.roles, ',') LIKE :rolePattern
              AND u.active IN (:active)
            ORDER BY u.id""",
            countQuery = """
            SELECT COUNT(*) FROM app_user u LEFT JOIN org_unit ou ON ou.id = u.unit_id
            WHERE (u.username LIKE :text OR u.display_name LIKE :text)
              AND COALESCE(ou.path, '') LIKE :unitPathPattern
              AND CONCAT(',', u.roles, ',') LIKE :rolePattern
              AND u.active IN (:active)""")
    Page<AppUser> search(String text, String unitPathPattern, String rolePattern, Collection<Boolean> active, Pageable pageable);
}
