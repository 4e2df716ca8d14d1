package cn.pingxuan.common;

import cn.pingxuan.account.DemoAccounts;
import cn.pingxuan.contest.ContestService;
import cn.pingxuan.storage.BlobStore;
import cn.pingxuan.support.ApiClient;
import io.micronaut.context.ApplicationContext;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The README's backup of the embedded default — stop the portal, copy {@code ./data} — restores into another
 * directory: a portal started there, without demo seeding, serves the same contest and the same stored file.
 */
class EmbeddedDataRestoreTest {

    @TempDir
    Path temp;

    @Test
    void aCopyOfTheDataDirectoryServesTheSameContest() throws IOException {
        Path data = temp.resolve("data");
        byte[] cover = new byte[64 * 1024];
        new Random(7).nextBytes(cover);
        String slug;
        String title;
        try (EmbeddedServer server = start(data, true)) {
            ApiClient visitor = client(server);
            Map<String, Object> contest = firstContest(visitor);
            slug = (String) contest.get("slug");
            title = (String) contest.get("title");
            BlobStore blobs = server.getApplicationContext().getBean(BlobStore.class);
            blobs.put("contests/restore-test/cover", new ByteArrayInputStream(cover), "image/jpeg");
            server.getApplicationContext().getBean(ContestService.class)
                    .replaceCover(((Number) contest.get("id")).longValue(), "contests/restore-test/cover", 1L);
            assertThat(visitor.getBinary("/api/contests/" + slug + "/cover").body()).isEqualTo(cover);
        }

        Path restored = temp.resolve("restored");
        copyTree(data, restored);

        try (EmbeddedServer server = start(restored, false)) {
            ApiClient visitor = client(server);
            assertThat(firstContest(visitor)).containsEntry("slug", slug).containsEntry("title", title);
            assertThat(visitor.getBinary("/api/contests/" + slug + "/cover").body()).isEqualTo(cover);
            assertThat(ApiClient.loggedIn(server, server.getApplicationContext().getBean(JsonMapper.class), "organizer",
                    DemoAccounts.PASSWORD).get("/api/me").status()).isEqualTo(200);
        }
    }

    private static EmbeddedServer start(Path dir, boolean seedDemo) {
        return ApplicationContext.run(EmbeddedServer.class, Map.of(
                "datasources.default.url", "jdbc:h2:file:" + dir.resolve("pingxuan").toAbsolutePath()
                        + ";MODE=MySQL;DATABASE_TO_LOWER=TRUE;CASE_INSENSITIVE_IDENTIFIERS=TRUE;IGNORECASE=TRUE",
                "pingxuan.storage.filesystem.root", dir.resolve("blobs").toAbsolutePath().toString(),
                "pingxuan.demo.enabled", seedDemo,
                "micronaut.server.port", -1), "test");
    }

    private static ApiClient client(EmbeddedServer server) {
        return new ApiClient(server, server.getApplicationContext().getBean(JsonMapper.class));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> firstContest(ApiClient visitor) {
        List<Map<String, Object>> items = (List<Map<String, Object>>) visitor.get("/api/contests").map().get("items");
        assertThat(items).isNotEmpty();
        return items.get(0);
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> paths = Files.walk(from)) {
            paths.forEach(source -> {
                try {
                    Files.copy(source, to.resolve(from.relativize(source).toString()));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
