package cn.pingxuan.upload;

import io.micronaut.core.annotation.Nullable;

import java.time.Instant;

/**
 * An upload in progress, as {@link UploadPurpose#checkStillAllowed} sees it.
 *
 * @param receivedBytes bytes stored so far
 * @param detectedType  null until the first bytes have been checked
 */
public record UploadSession(
        String id,
        long userId,
        String purpose,
        String subjectRef,
        String fileName,
        long length,
        long receivedBytes,
        @Nullable FileType detectedType,
        Instant createdAt) {
}
