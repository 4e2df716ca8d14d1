package cn.pingxuan.upload;

import cn.pingxuan.storage.S3ProxyServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.TestInstance;

/**
 * The tus protocol over a real S3 server (S3Proxy in its own process), where parts are S3 multipart parts with
 * S3's size rules and the tail is an object of its own.
 */
@MicronautTest(transactional = false)
@Tag("db")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TusProtocolS3Test extends TusProtocolContract implements TestPropertyProvider {

    private S3ProxyServer s3;
    private Path objects;

    @Override
    public Map<String, String> getProperties() {
        try {
            objects = Files.createTempDirectory("pingxuan-tus-s3");
            s3 = S3ProxyServer.start(objects);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        return Map.of(
                "pingxuan.storage.type", "s3",
                "pingxuan.storage.s3.endpoint", s3.endpoint(),
                "pingxuan.storage.s3.access-key", S3ProxyServer.ACCESS_KEY,
                "pingxuan.storage.s3.secret-key", S3ProxyServer.SECRET_KEY,
                "pingxuan.storage.s3.bucket", "tus-test");
    }

    @AfterAll
    void stopS3() throws InterruptedException, IOException {
        if (s3 != null) {
            s3.close();
        }
        if (objects != null) {
            try (Stream<Path> files = Files.walk(objects)) {
                for (Path file : (Iterable<Path>) files.sorted(Comparator.reverseOrder())::iterator) {
                    Files.deleteIfExists(file);
                }
            }
        }
    }
}
