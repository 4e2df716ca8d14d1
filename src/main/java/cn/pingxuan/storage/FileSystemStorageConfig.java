package cn.pingxuan.storage;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;
import jakarta.validation.constraints.NotBlank;

/** {@code pingxuan.storage.filesystem.*}: where {@link FileSystemBlobStore} keeps blobs. */
@ConfigurationProperties("pingxuan.storage.filesystem")
public record FileSystemStorageConfig(@Bindable(defaultValue = "./data/blobs") @NotBlank String root) {
}
