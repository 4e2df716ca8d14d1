package cn.pingxuan.storage;

import static cn.pingxuan.storage.TestData.bytes;
import static cn.pingxuan.storage.TestData.readAll;
import static cn.pingxuan.storage.TestData.stream;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class S3BlobStoreTest extends BlobStoreContract {

    private static S3ProxyServer server;

    private String bucket;

    @BeforeAll
    static void startS3Proxy(@TempDir Path workDir) throws IOException, InterruptedException {
        server = S3ProxyServer.start(workDir);
    }

    @AfterAll
    static void stopS3Proxy() throws InterruptedException {
        if (server != null) {
            server.close();
        }
    }

    @Override
    protected BlobStore newStore() {
        bucket = "test-" + UUID.randomUUID().toString().substring(0, 13);
        return reopenStore();
    }

    @Override
    protected BlobStore reopenStore() {
        return new S3BlobStore(config(bucket, false, null));
    }

    private static S3StorageConfig config(String bucket, boolean presignedReads, String publicEndpoint) {
        return new S3StorageConfig(server.endpoint(), publicEndpoint, S3ProxyServer.ACCESS_KEY,
                S3ProxyServer.SECRET_KEY, bucket, "us-east-1", presignedReads, Duration.ofSeconds(5), Duration.ofSeconds(30),
                Duration.ofSeconds(3));
    }

    @Test
    void presignedUrlServesTheBlobToAPlainHttpClient() throws IOException, InterruptedException {
        store.put(KEY, stream(50, 100_000), "video/mp4");
        BlobStore presigning = new S3BlobStore(config(bucket, true, "http://localhost:" + server.port()));

        URI url = presigning.presignedReadUrl(KEY, Duration.ofMinutes(5), "\u4f5c\u54c1 1.mp4").orElseThrow();

        assertThat(url.getHost()).as("signed for the public endpoint").isEqualTo("localhost");
        assertThat(presigning.presignedReadOrigin()).as("what pages' CSP must allow").hasValue("http://localhost:" + server.port());
        HttpResponse<byte[]> response = HttpClient.newHttpClient()
                .send(HttpRequest.newBuilder(url).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo(bytes(50, 0, 100_000));
        assertThat(response.headers().firstValue("Content-Disposition"))
                .hasValue(ContentDisposition.attachment("\u4f5c\u54c1 1.mp4"));
    }

    @Test
    void presignedUrlWithoutDownloadName() throws IOException, InterruptedException {
        store.put(KEY, stream(51, 1_000), "video/mp4");
        BlobStore presigning = new S3BlobStore(config(bucket, true, null));

        URI url = presigning.presignedReadUrl(KEY, Duration.ofSeconds(30), null).orElseThrow();

        HttpResponse<byte[]> response = HttpClient.newHttpClient()
                .send(HttpRequest.newBuilder(url).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo(bytes(51, 0, 1_000));
    }

    @Test
    void presignedReadsAreOffUnlessConfigured() {
        store.put(KEY, stream(52, 10), "video/mp4");

        assertThat(store.presignedReadUrl(KEY, Duration.ofMinutes(5), null)).isEmpty();
        assertThat(store.presignedReadOrigin()).isEmpty();
    }

    @Test
    void refusesPresignLifetimesS3CannotSignEvenWhenPresigning() {
        BlobStore presigning = new S3BlobStore(config(bucket, true, null));

        assertThatThrownBy(() -> presigning.presignedReadUrl(KEY, Duration.ofDays(8), null))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void createsAMissingBucketAndReusesAnExistingOne() {
        String fresh = "fresh-" + UUID.randomUUID().toString().substring(0, 8);
        new S3BlobStore(config(fresh, false, null)).put(KEY, stream(53, 10), null);

        BlobStore again = new S3BlobStore(config(fresh, false, null));

        assertThat(readAll(again.get(KEY))).isEqualTo(bytes(53, 0, 10));
    }
}
