package cn.pingxuan.media;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.DateCreated;
import io.micronaut.data.annotation.DateUpdated;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/**
 * A file of an entry in the blob store. {@code ordinal} orders the images of a series (组图); the
 * original's {@code fileName} is the student's and is never shown to judges.
 */
@MappedEntity("asset")
public record Asset(
        @Id @GeneratedValue @Nullable Long id,
        long entryId,
        AssetRole role,
        int ordinal,
        String storageKey,
        @Nullable String fileName,
        String contentType,
        long bytes,
        @Nullable String sha256,
        @Nullable Integer width,
        @Nullable Integer height,
        @Nullable Long durationMs,
        AssetStatus status,
        @Nullable String error,
        @DateCreated @Nullable Instant createdAt,
        @DateUpdated @Nullable Instant updatedAt) {

    Asset ready(String digest) {
        return new Asset(id, entryId, role, ordinal, storageKey, fileName, contentType, bytes, digest, width, height,
                durationMs, AssetStatus.READY, null, createdAt, updatedAt);
    }

    Asset failed(String reason) {
        return new Asset(id, entryId, role, ordinal, storageKey, fileName, contentType, bytes, sha256, width, height,
                durationMs, AssetStatus.FAILED, reason, createdAt, updatedAt);
    }
}
