package cn.pingxuan.storage;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.ApplicationContext;
import io.micronaut.inject.BeanDefinition;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code pingxuan.storage.type} decides which single {@link BlobStore} bean exists. */
class BlobStoreSelectionTest {

    @Test
    void filesystemIsTheDefault(@TempDir Path root) {
        try (ApplicationContext context = ApplicationContext.run(
                Map.of("pingxuan.storage.filesystem.root", root.toString()))) {
            BlobStore store = context.getBean(BlobStore.class);

            assertThat(store).isInstanceOf(FileSystemBlobStore.class);
            store.put("entries/1/a.txt", InputStream.nullInputStream(), "text/plain");
            assertThat(Files.exists(root.resolve("entries/1/a.txt"))).isTrue();
        }
    }

    @Test
    void filesystemRootDefaultsToTheDataDirectory() {
        // application.yml alone (no test environment), but never the developer's ./data database
        try (ApplicationContext context = ApplicationContext.builder().deduceEnvironment(false)
                .properties(Map.of("datasources.default.url", "jdbc:h2:mem:selection;MODE=MySQL;DATABASE_TO_LOWER=TRUE",
                        "micronaut.server.port", -1, "pingxuan.demo.enabled", false))
                .start()) {
            assertThat(context.getBean(FileSystemStorageConfig.class).root()).isEqualTo("./data/blobs");
        }
    }

    @Test
    void s3TypeSelectsOnlyTheS3Store() {
        try (ApplicationContext context = ApplicationContext.run(Map.of(
                "pingxuan.storage.type", "s3",
                // a web node without demo data: nothing at start-up connects to the (absent) S3 server
                "pingxuan.role", "web",
                "pingxuan.demo.enabled", "false",
                "pingxuan.storage.s3.endpoint", "http://127.0.0.1:9000",
                "pingxuan.storage.s3.access-key", "access",
                "pingxuan.storage.s3.secret-key", "s3cr3t-value"))) {
            assertThat(context.getBeanDefinitions(BlobStore.class))
                    .<Class<?>>extracting(BeanDefinition::getBeanType)
                    .containsExactly(S3BlobStore.class);

            S3StorageConfig config = context.getBean(S3StorageConfig.class);
            assertThat(config.endpoint()).isEqualTo("http://127.0.0.1:9000");
            assertThat(config.accessKey()).isEqualTo("access");
            assertThat(config.bucket()).isEqualTo("pingxuan");
            assertThat(config.region()).isEqualTo("us-east-1");
            assertThat(config.presignedReads()).isFalse();
            assertThat(config.presignEndpoint()).as("no public endpoint configured").isEqualTo("http://127.0.0.1:9000");
            assertThat(config.toString()).as("no secrets in logs").doesNotContain("s3cr3t-value");
        }
    }
}
