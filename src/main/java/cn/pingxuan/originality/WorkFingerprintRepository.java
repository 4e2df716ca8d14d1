package cn.pingxuan.originality;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.Collection;
import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
interface WorkFingerprintRepository extends CrudRepository<WorkFingerprint, Long> {

    List<WorkFingerprint> findByKindAndEntryIdNotEqual(Fingerprint.Kind kind, long entryId);

    List<WorkFingerprint> findByAssetIdIn(Collection<Long> assetIds);

    @Query("INSERT INTO work_fingerprint_band (asset_id, band, band_hash) VALUES (:assetId, :band, :bandHash)")
    void insertBand(long assetId, int band, long bandHash);

    @Query("DELETE FROM work_fingerprint_band WHERE asset_id = :assetId")
    void deleteBands(long assetId);

    /** Text fingerprints of other entries that share at least one LSH band with the given bands. */
    @Query("""
            SELECT DISTINCT b.asset_id FROM work_fingerprint_band b JOIN work_fingerprint f ON f.asset_id = b.asset_id
            WHERE b.band = :band AND b.band_hash = :bandHash AND f.entry_id <> :entryId""")
    List<Long> findCandidates(int band, long bandHash, long entryId);
}
