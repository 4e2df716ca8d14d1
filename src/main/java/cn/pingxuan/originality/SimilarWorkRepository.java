package cn.pingxuan.originality;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.Collection;
import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
interface SimilarWorkRepository extends CrudRepository<SimilarWork, Long> {

    List<SimilarWork> findByEntryIdInOrderByPercentDesc(Collection<Long> entryIds);

    @Query("DELETE FROM similar_work WHERE asset_id = :assetId OR other_asset_id = :assetId")
    void deleteInvolving(long assetId);
}
