package cn.pingxuan.account;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
interface OrgUnitRepository extends CrudRepository<OrgUnit, Long> {

    List<OrgUnit> findAllOrderByPath();

    long countByParentId(Long parentId);

    boolean existsByCode(String code);

    boolean existsByCodeAndIdNot(String code, Long id);

    @Query("UPDATE org_unit SET path = CONCAT(:newPrefix, SUBSTRING(path, :oldPrefixLength + 1)) WHERE path LIKE :oldPrefixPattern")
    void rewritePathPrefix(String newPrefix, int oldPrefixLength, String oldPrefixPattern);
}
