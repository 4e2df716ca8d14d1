package cn.pingxuan.media;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.Collection;
import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
interface AssetRepository extends CrudRepository<Asset, Long> {

    @io.micronaut.data.annotation.Query("SELECT * FROM asset WHERE entry_id = :entryId ORDER BY role, ordinal")
    List<Asset> findAllOfEntry(long entryId);

    List<Asset> findByEntryIdInAndRole(Collection<Long> entryIds, AssetRole role);

    List<Asset> findByEntryIdAndRoleOrderByOrdinal(long entryId, AssetRole role);
}
