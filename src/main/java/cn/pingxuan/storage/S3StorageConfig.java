package cn.pingxuan.storage;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.bind.annotation.Bindable;
import jakarta.validation.constraints.NotBlank;

/**
 * {@code pingxuan.storage.s3.*}: the S3 server (MinIO in production) behind {@link S3BlobStore}.
 *
 * @param publicEndpoint the endpoint as browsers reach it, when that differs from {@code endpoint}
 *                       (e.g. {@code http://minio:9000} inside Docker); presigned URLs are signed for it
 * @param presignedReads whether browsers download directly from S3 instead of through the app
 */
@ConfigurationProperties("pingxuan.storage.s3")
public record S3StorageConfig(
        @NotBlank String endpoint,
        @Nullable String publicEndpoint,
        @NotBlank String accessKey,
        @NotBlank String secretKey,
        @Bindable(defaultValue = "pingxuan") @NotBlank String bucket,
        @Bindable(defaultValue = "us-east-1") @NotBlank String region,
        @Bindable(defaultValue = "false") boolean presignedReads) {

    String presignEndpoint() {
        return publicEndpoint == null || publicEndpoint.isBlank() ? endpoint : publicEndpoint;
    }

    @Override
    public String toString() {
        return "S3StorageConfig[endpoint=" + endpoint + ", publicEndpoint=" + publicEndpoint
                + ", accessKey=" + accessKey + ", secretKey=*****, bucket=" + bucket + ", region=" + region
                + ", presignedReads=" + presignedReads + "]";
    }
}
