package cn.pingxuan.media;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.DateCreated;
import io.micronaut.data.annotation.DateUpdated;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/**
 * A file of an entry in the blob store: the student's original, or a derivative the pipeline made from the
 * original {@code sourceId}. {@code ordinal} orders the images of a series (组图); derivatives share their
 * original's. The original's {@code fileName} is the student's and is never shown to judges.
 */
@MappedEntity("asset")
public record Asset(
        @Id @GeneratedValue @Nullable Long id,
        long entryId,
        AssetRole role,
        int ordinal,
        @Nullable Long sourceId,
        String storageKey,
        @Nullable String fileName,
        String contentType,
        long bytes,
        @Nullable String sha256,
        @Nullable Integer width,
        @Nullable Integer height,
        @Nullable Long durationMs,
        @Nullable Integer characters,
        @Nullable String details,
        AssetStatus status,
        @Nullable Integer progress,
        @Nullable String error,
        @DateCreated @Nullable Instant createdAt,
        @DateUpdated @Nullable Instant updatedAt) {

    static Asset original(long entryId, int ordinal, String storageKey, @Nullable String fileName, String contentType,
                          long bytes, @Nullable String sha256) {
        return new Asset(null, entryId, AssetRole.ORIGINAL, ordinal, null, storageKey, fileName, contentType, bytes, sha256,
                null, null, null, null, null, AssetStatus.PROCESSING, 0, null, null, null);
    }

    static Asset derivative(Asset original, Derivative derivative, String storageKey, long bytes) {
        return new Asset(null, original.entryId(), derivative.role(), original.ordinal(), original.id(), storageKey, null,
                derivative.contentType(), bytes, null, derivative.width(), derivative.height(), derivative.durationMs(),
                null, null, AssetStatus.READY, null, null, null, null);
    }

    Asset ready(String digest, ProcessedMedia processed) {
        return new Asset(id, entryId, role, ordinal, sourceId, storageKey, fileName, contentType, bytes, digest,
                processed.width(), processed.height(), processed.durationMs(), processed.characters(), processed.details(),
                AssetStatus.READY, 100, null, createdAt, updatedAt);
    }

    Asset failed(String reason) {
        return new Asset(id, entryId, role, ordinal, sourceId, storageKey, fileName, contentType, bytes, sha256, width, height,
                durationMs, characters, details, AssetStatus.FAILED, progress, reason, createdAt, updatedAt);
    }

    /** The same file without the student's file name, for people who must not learn it. */
    public Asset withoutFileName() {
        return new Asset(id, entryId, role, ordinal, sourceId, storageKey, null, contentType, bytes, sha256, width, height,
                durationMs, characters, details, status, progress, error, createdAt, updatedAt);
    }

    public boolean isOriginal() {
        return role == AssetRole.ORIGINAL;
    }
}
