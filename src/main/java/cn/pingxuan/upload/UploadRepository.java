package cn.pingxuan.upload;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Every change to an upload in progress is one conditional UPDATE: it applies only for the holder of the
 * current lease ({@code lease_token}), so a request that lost its lease cannot overwrite newer progress.
 */
@JdbcRepository(dialect = Dialect.MYSQL)
interface UploadRepository extends CrudRepository<Upload, String> {

    Optional<Upload> findByIdAndUserId(String id, long userId);

    /** Takes the lease of a receiving, unexpired upload nobody holds (or whose holder stopped renewing). */
    @Query("""
            UPDATE upload SET lease_token = :token, lease_until = :leaseUntil, expires_at = :expiresAt, updated_at = :now
            WHERE id = :id AND status = 'RECEIVING' AND expires_at > :now
              AND (lease_until IS NULL OR lease_until < :now)""")
    long acquireLease(String id, String token, Instant leaseUntil, Instant expiresAt, Instant now);

    @Query("""
            UPDATE upload SET lease_until = :leaseUntil, expires_at = :expiresAt, updated_at = :now
            WHERE id = :id AND lease_token = :token""")
    long renewLease(String id, String token, Instant leaseUntil, Instant expiresAt, Instant now);

    @Query("UPDATE upload SET lease_token = NULL, lease_until = NULL WHERE id = :id AND lease_token = :token")
    long releaseLease(String id, String token);

    @Query("UPDATE upload SET detected_type = :detectedType, updated_at = :now WHERE id = :id AND lease_token = :token")
    long recordDetectedType(String id, String token, String detectedType, Instant now);

    @Query("UPDATE upload SET multipart_id = :multipartId, updated_at = :now WHERE id = :id AND lease_token = :token")
    long recordMultipart(String id, String token, String multipartId, Instant now);

    @Query("""
            UPDATE upload SET received_bytes = :receivedBytes, tail_bytes = :tailBytes, updated_at = :now
            WHERE id = :id AND lease_token = :token""")
    long recordProgress(String id, String token, long receivedBytes, int tailBytes, Instant now);

    @Query("""
            UPDATE upload SET status = 'COMPLETED', received_bytes = upload_length, tail_bytes = 0, sha256 = :sha256,
                              lease_token = NULL, lease_until = NULL, completed_at = :now, updated_at = :now
            WHERE id = :id AND lease_token = :token AND status = 'RECEIVING'""")
    long markCompleted(String id, String token, String sha256, Instant now);

    @Query("""
            UPDATE upload SET status = 'FAILED', received_bytes = upload_length, tail_bytes = 0, sha256 = :sha256,
                              failure_reason = :reason, lease_token = NULL, lease_until = NULL, updated_at = :now
            WHERE id = :id AND lease_token = :token AND status = 'RECEIVING'""")
    long markFailed(String id, String token, String sha256, String reason, Instant now);

    /** Uploads to remove: expired while receiving, or claimed earlier by a cleanup that did not finish. */
    @Query("""
            SELECT id FROM upload
            WHERE ((status = 'RECEIVING' AND expires_at <= :now) OR status = 'EXPIRED')
              AND (lease_until IS NULL OR lease_until < :now)
            ORDER BY expires_at LIMIT :limit""")
    List<String> findExpired(Instant now, int limit);

    /** Claims one of {@link #findExpired} for this node; another node that ran the same query gets 0. */
    @Query("""
            UPDATE upload SET status = 'EXPIRED', lease_token = :token, lease_until = :leaseUntil, updated_at = :now
            WHERE id = :id AND ((status = 'RECEIVING' AND expires_at <= :now) OR status = 'EXPIRED')
              AND (lease_until IS NULL OR lease_until < :now)""")
    long claimExpired(String id, String token, Instant leaseUntil, Instant now);

    @Query("DELETE FROM upload WHERE id = :id AND lease_token = :token")
    long deleteLeased(String id, String token);
}
