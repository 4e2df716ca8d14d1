package cn.pingxuan.storage;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.bind.annotation.Bindable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;

/**
 * {@code pingxuan.storage.s3.*}: the S3 server (MinIO in production) behind {@link S3BlobStore}.
 *
 * @param publicEndpoint the endpoint as browsers reach it, when that differs from {@code endpoint}
 *                       (e.g. {@code http://minio:9000} inside Docker); presigned URLs are signed for it
 * @param presignedReads whether browsers download directly from S3 instead of through the app
 * @param connectTimeout how long opening a connection to S3 may take
 * @param ioTimeout      how long S3 may stay silent while a request or answer is on its way (read and write)
 * @param probeTimeout   the whole availability check behind {@code /health}
 */
@ConfigurationProperties("pingxuan.storage.s3")
public record S3StorageConfig(
        @NotBlank String endpoint,
        @Nullable String publicEndpoint,
        @NotBlank String accessKey,
        @NotBlank String secretKey,
        @Bindable(defaultValue = "pingxuan") @NotBlank String bucket,
        @Bindable(defaultValue = "us-east-1") @NotBlank String region,
        @Bindable(defaultValue = "false") boolean presignedReads,
        @Bindable(defaultValue = "5s") @NotNull Duration connectTimeout,
        @Bindable(defaultValue = "30s") @NotNull Duration ioTimeout,
        @Bindable(defaultValue = "3s") @NotNull Duration probeTimeout) {

    String presignEndpoint() {
        return publicEndpoint == null || publicEndpoint.isBlank() ? endpoint : publicEndpoint;
    }

    @Override
    public String toString() {
        return "S3StorageConfig[endpoint=" + endpoint + ", publicEndpoint=" + publicEndpoint
                + ", accessKey=" + accessKey + ", secretKey=*****, bucket=" + bucket + ", region=" + region
                + ", presignedReads=" + presignedReads + ", connectTimeout=" + connectTimeout + ", ioTimeout=" + ioTimeout
                + ", probeTimeout=" + probeTimeout + "]";
    }
}
