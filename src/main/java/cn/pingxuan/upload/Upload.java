package cn.pingxuan.upload;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.TypeDef;
import io.micronaut.data.model.DataType;

import java.time.Instant;
import java.util.Set;

/**
 * One tus upload. The stored bytes are {@code receivedBytes}: the parts listed in {@code upload_part} (each at
 * least 5 MiB) followed by a tail of {@code tailBytes} under {@link #tailKey()}, too short to be a part yet.
 * Changes go through {@link UploadLedger}, each guarded by the lease ({@code leaseToken}) of the one request
 * allowed to write.
 *
 * @param metadata the client's {@code Upload-Metadata} header as received (after validation), echoed on HEAD
 */
@MappedEntity("upload")
record Upload(
        @Id String id,
        long userId,
        String purpose,
        String subjectRef,
        String blobKey,
        String fileName,
        @Nullable String declaredType,
        @Nullable String metadata,
        @TypeDef(type = DataType.STRING, converter = FileTypeSetConverter.class) Set<FileType> allowedTypes,
        long uploadLength,
        long receivedBytes,
        int tailBytes,
        @Nullable String multipartId,
        @Nullable FileType detectedType,
        @Nullable String sha256,
        UploadStatus status,
        @Nullable String failureReason,
        @Nullable String leaseToken,
        @Nullable Instant leaseUntil,
        Instant expiresAt,
        Instant createdAt,
        Instant updatedAt,
        @Nullable Instant completedAt) {

    static Upload start(String id, long userId, String purpose, UploadPlan plan, String fileName,
                        UploadMetadata metadata, long length, Instant now, Instant expiresAt) {
        return new Upload(id, userId, purpose, plan.subjectRef(), plan.blobKey(), fileName,
                metadata.declaredType(), metadata.header(), plan.allowedTypes(), length, 0, 0, null, null, null,
                UploadStatus.RECEIVING, null, null, null, expiresAt, now, now, null);
    }

    /** Where the bytes after the last part wait for more; keys cannot collide with planned ones. */
    String tailKey() {
        return UploadPlan.RESERVED_PREFIX + id + "/tail";
    }

    /** Bytes stored as parts. */
    long partBytes() {
        return receivedBytes - tailBytes;
    }

    /** Still receiving but past its expiry: to the client it no longer exists. */
    boolean expiredAt(Instant now) {
        return status == UploadStatus.EXPIRED || (status == UploadStatus.RECEIVING && !expiresAt.isAfter(now));
    }

    UploadSession session() {
        return new UploadSession(id, userId, purpose, subjectRef, fileName, uploadLength, receivedBytes, detectedType, createdAt);
    }
}
