package cn.pingxuan.media;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.Collection;
import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
interface AssetRepository extends CrudRepository<Asset, Long> {

    List<Asset> findByEntryIdIn(Collection<Long> entryIds);

    List<Asset> findByEntryIdAndRoleOrderByOrdinal(long entryId, AssetRole role);

    List<Asset> findBySourceId(long sourceId);

    @Query("SELECT * FROM asset WHERE id = :id FOR UPDATE")
    java.util.Optional<Asset> findByIdForUpdate(long id);

    @Query("UPDATE asset SET progress = :progress WHERE id = :id AND status = 'PROCESSING'")
    void updateProgress(long id, int progress);
}
