package cn.pingxuan.common;

import static org.assertj.core.api.Assertions.assertThat;

import cn.pingxuan.media.Asset;
import cn.pingxuan.media.MediaAssets;
import cn.pingxuan.media.MediaFixtures;
import cn.pingxuan.storage.BlobStore;
import cn.pingxuan.support.ApiClient;
import cn.pingxuan.support.Eventually;
import cn.pingxuan.support.MariaDbServer;
import cn.pingxuan.support.OutageAssertions;
import cn.pingxuan.support.TempDirs;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.Timeout;

/**
 * The MySQL-protocol database goes away under a running portal and comes back on the same port with the same data:
 * meanwhile {@code /health} says DOWN and API calls get a quick 503 with Retry-After; afterwards the portal, its
 * sessions and its job worker carry on by themselves. The server is this test's own (not the suite's shared one),
 * so stopping it disturbs no other test; the test runs once, in the default surefire execution.
 */
@MicronautTest(transactional = false)
@Tag("outage")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DatabaseOutageTest implements TestPropertyProvider {

    private static final int CONNECTION_TIMEOUT_MILLIS = 2000;
    /** The pool gives up after its connection-timeout; the rest is slack for a loaded machine. */
    private static final Duration FAST = Duration.ofMillis(CONNECTION_TIMEOUT_MILLIS).plusSeconds(8);

    @Inject
    EmbeddedServer server;
    @Inject
    JsonMapper json;
    @Inject
    BlobStore blobs;
    @Inject
    MediaAssets assets;

    private Path base;
    private MariaDbServer db;

    @Override
    public Map<String, String> getProperties() {
        try {
            base = Files.createTempDirectory("pingxuan-db-outage");
            db = MariaDbServer.install(base);
        } catch (Exception e) {
            throw new IllegalStateException("could not start this test's MariaDB server", e);
        }
        return Map.of(
                "datasources.default.url", db.jdbcUrl(),
                "datasources.default.username", "root",
                "datasources.default.password", "",
                "datasources.default.driver-class-name", "com.mysql.cj.jdbc.Driver",
                "datasources.default.connection-timeout", Integer.toString(CONNECTION_TIMEOUT_MILLIS),
                "pingxuan.http.retry-after", "9s");
    }

    @AfterAll
    void stopDatabase() throws Exception {
        if (db != null) {
            db.close();
        }
        TempDirs.deleteTree(base);
    }

    @Test
    @Timeout(value = 4, unit = TimeUnit.MINUTES)
    void theApiAnswers503WhileTheDatabaseIsDownAndRecoversByItselfWhenItReturns() throws Exception {
        MediaFixtures.Works works = MediaFixtures.newContest(server, json);
        ApiClient student = works.student();
        ApiClient visitor = new ApiClient(server, json);
        long entryId = works.newEntry(works.essayCategory());
        assertThat(visitor.get("/health").status()).isEqualTo(200);

        db.stop();
        try {
            ApiClient.Response health = Eventually.await(Duration.ofSeconds(60), "/health DOWN",
                    () -> visitor.get("/health"), r -> r.status() == 503);
            assertThat(health.body()).contains("DOWN");

            long started = System.nanoTime();
            ApiClient.Response me = student.get("/api/me");
            OutageAssertions.assertUnavailable(me, "database-unavailable", started, FAST);
            assertThat(me.headers().firstValue("Retry-After")).hasValue("9");
            assertThat(me.map().get("detail")).asString().contains("数据库");

            started = System.nanoTime();
            OutageAssertions.assertUnavailable(student.get("/api/entries/" + entryId), "database-unavailable", started, FAST);
            started = System.nanoTime();
            OutageAssertions.assertUnavailable(student.post("/api/entries", Map.of("contestId", works.contestId(),
                    "categoryId", works.essayCategory(), "title", "停库时提交", "pledgeAccepted", true)),
                    "database-unavailable", started, FAST);
            started = System.nanoTime();
            OutageAssertions.assertUnavailable(visitor.get("/api/contests"), "database-unavailable", started, FAST);
        } finally {
            db.start();
        }

        Eventually.await(Duration.ofSeconds(60), "/health UP", () -> visitor.get("/health"), r -> r.status() == 200);
        ApiClient.Response entry = student.get("/api/entries/" + entryId);
        assertThat(entry.status()).as("the same session reads the same data").isEqualTo(200);
        assertThat(student.get("/api/entries").list()).as("the write refused during the outage left nothing")
                .extracting(e -> e.get("title")).doesNotContain("停库时提交");
        assertThat(visitor.get("/api/contests").status()).isEqualTo(200);
        // the job worker polled through the outage and still runs what is queued now
        Asset essay = MediaFixtures.attach(blobs, assets, entryId, MediaFixtures.ESSAY.getBytes(StandardCharsets.UTF_8),
                "text/plain", "征文.txt");
        MediaFixtures.awaitReady(assets, essay.id());
    }
}
