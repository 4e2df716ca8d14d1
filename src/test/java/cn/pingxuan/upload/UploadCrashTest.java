package cn.pingxuan.upload;

import cn.pingxuan.account.DemoAccounts;
import cn.pingxuan.bench.TusBenchServer;
import cn.pingxuan.support.ApiClient;
import cn.pingxuan.support.MariaDbServer;
import cn.pingxuan.support.Poll;
import cn.pingxuan.support.PortalProcess;
import cn.pingxuan.support.PortalProcesses;
import cn.pingxuan.support.StallingStream;
import cn.pingxuan.support.TusRequests;
import io.micronaut.json.JsonMapper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * {@code kill -9} of the portal in the middle of a tus PATCH, on the embedded default (H2 file database, file-system
 * store): the portal restarted on the same data answers HEAD with the offset it had recorded, a part boundary, and
 * the client completes from there to the source's SHA-256; an upload abandoned that way is swept, parts and all,
 * once it expires.
 */
@Tag("faults")
@Timeout(value = 6, unit = TimeUnit.MINUTES)
class UploadCrashTest {

    private static final int PART = 5 * 1024 * 1024;
    private static final byte[] MP4_START = {0, 0, 0, 0x18, 'f', 't', 'y', 'p', 'i', 's', 'o', 'm', 0, 0, 2, 0,
            'i', 's', 'o', 'm', 'i', 's', 'o', '2'};

    @TempDir
    Path temp;

    private final JsonMapper json = JsonMapper.createDefault();
    @RegisterExtension
    final PortalProcesses portals = new PortalProcesses();
    private final List<MariaDbServer> databases = new ArrayList<>();

    @AfterEach
    void stopDatabases() throws Exception {
        for (MariaDbServer db : databases) {
            db.close();
        }
    }

    @Test
    void aClientResumesFromTheRecordedOffsetAfterTheServerWasKilledMidPatch() throws Exception {
        byte[] source = video(8 * PART + 123_457, 1);
        Path data = temp.resolve("app").resolve("data");
        // the production database: H2's MVStore lost the last commits before a kill -9 now and then even with
        // WRITE_DELAY=0 (its commit does not always reach the file under concurrent writers), see the README
        MariaDbServer db = MariaDbServer.install(temp.resolve("mariadb"));
        databases.add(db);
        PortalProcess first = start(data, "24h", db.portalProperties());
        ApiClient client = ApiClient.loggedIn(first.uri(), json, "admin", DemoAccounts.PASSWORD);
        String location = TusRequests.create(client, source.length, metadata(source.length));
        long acknowledged = acknowledgeTwoParts(client, location, source);

        long recorded = killMidPatch(first, client, location, source, acknowledged);

        PortalProcess second = restart(first);
        ApiClient resumed = ApiClient.loggedIn(second.uri(), json, "admin", DemoAccounts.PASSWORD);
        long offset = TusRequests.offset(resumed, location);
        assertThat(offset).as("the offset recorded before the kill survives it")
                .isEqualTo(recorded)
                .isGreaterThanOrEqualTo(acknowledged)
                .isLessThanOrEqualTo(stallMark(acknowledged));
        assertThat(offset % PART).as("a part boundary: only stored parts count").isZero();

        assertThat(resume(resumed, location, source, offset)).isEqualTo(source.length);
        assertThat(TusRequests.offset(resumed, location)).isEqualTo(source.length);
        List<Path> stored = storedFiles(data.resolve("blobs").resolve("test"));
        assertThat(stored).as("one stored object").hasSize(1);
        assertThat(sha256(Files.readAllBytes(stored.get(0)))).isEqualTo(sha256(source));
        assertThat(multipartUploads(data)).as("no staging left once complete").isEmpty();
    }

    @Test
    void theAbandonedUploadOfAKilledServerIsSweptPartsAndAllOnceItExpires() throws Exception {
        byte[] source = video(6 * PART, 2);
        Path data = temp.resolve("app").resolve("data");
        PortalProcess first = start(data, "8s");
        ApiClient client = ApiClient.loggedIn(first.uri(), json, "admin", DemoAccounts.PASSWORD);
        String location = TusRequests.create(client, source.length, metadata(source.length));
        long acknowledged = acknowledgeTwoParts(client, location, source);
        killMidPatch(first, client, location, source, acknowledged);
        assertThat(multipartUploads(data)).as("the killed upload's parts are on disk").hasSize(1);
        assertThat(partFiles(data)).hasSizeGreaterThanOrEqualTo(3);

        PortalProcess second = restart(first);
        Poll.until("the expired upload's parts to be removed", Duration.ofSeconds(90), Duration.ofMillis(500),
                () -> multipartUploads(data).isEmpty() ? Optional.of(true) : Optional.empty());

        ApiClient again = ApiClient.loggedIn(second.uri(), json, "admin", DemoAccounts.PASSWORD);
        assertThat(TusRequests.head(again, location).status()).isEqualTo(404);
        second.stop();
        String id = location.substring(location.lastIndexOf('/') + 1);
        assertThat(count(data, "SELECT COUNT(*) FROM upload WHERE id = ?", id)).as("upload row").isZero();
        assertThat(count(data, "SELECT COUNT(*) FROM upload_part WHERE upload_id = ?", id)).as("part rows").isZero();
        assertThat(storedFiles(data.resolve("blobs"))).as("no tail, no file").isEmpty();
    }

    /** The embedded default's database and store, in {@code data} (the portal's working directory's ./data). */
    private PortalProcess start(Path data, String expiry) throws IOException {
        return start(data, expiry, Map.of());
    }

    private PortalProcess start(Path data, String expiry, Map<String, String> database) throws IOException {
        Path workDir = Files.createDirectories(data.getParent());
        Map<String, String> properties = new HashMap<>(database);
        properties.putAll(Map.of(
                "pingxuan.upload.part-size", "5MB",
                "pingxuan.upload.expiry", expiry,
                // a dead node's PATCH blocks its upload this long (30 s by default, which clients must wait out)
                "pingxuan.upload.lease", "3s",
                "pingxuan.upload.sweep-interval", "1s",
                // a sweep that was running when the node died is taken over within seconds
                "pingxuan.jobs.heartbeat-interval", "1s",
                "pingxuan.jobs.polling-interval", "500ms",
                "pingxuan.security.bcrypt-cost", "4"));
        PortalProcess portal = PortalProcess.startIn(workDir, "portal", TusBenchServer.class.getName(), properties, temp, "384m");
        return portals.add(portal);
    }

    private PortalProcess restart(PortalProcess killed) {
        PortalProcess next = killed.restart(Map.of());
        return portals.add(next);
    }

    /** A PATCH that completes with two whole parts: an offset the server has acknowledged. */
    private static long acknowledgeTwoParts(ApiClient client, String location, byte[] source) {
        ApiClient.Response first = TusRequests.patch(client, location, 0, new ByteArrayInputStream(source, 0, 2 * PART), 2L * PART);
        assertThat(first.status()).as(first.body()).isEqualTo(204);
        assertThat(TusRequests.offsetOf(first)).isEqualTo(2L * PART);
        return 2L * PART;
    }

    /** Two and a half parts past the acknowledged offset: the first of them stored, the next still being written. */
    private static long stallMark(long acknowledged) {
        return acknowledged + 2L * PART + PART / 2;
    }

    /**
     * Streams the rest of the file, stalls mid-part, waits until the server shows a part of this PATCH as stored,
     * and kills it while the request is still open.
     *
     * @return the offset HEAD gave just before the kill
     */
    private long killMidPatch(PortalProcess portal, ApiClient client, String location, byte[] source, long acknowledged)
            throws Exception {
        StallingStream body = new StallingStream(source, (int) acknowledged, (int) stallMark(acknowledged));
        CompletableFuture<ApiClient.Response> patch = CompletableFuture.supplyAsync(
                () -> TusRequests.patch(client, location, acknowledged, body, source.length - acknowledged));
        try {
            body.awaitStalled(Duration.ofSeconds(60));
            long recorded = Poll.until("a part of the open PATCH to be recorded", Duration.ofSeconds(60), Duration.ofMillis(100),
                    () -> Optional.of(TusRequests.offset(client, location)).filter(o -> o >= acknowledged + PART));
            assertThat(patch).as("the PATCH is still open").isNotDone();
            portal.kill();
            return recorded;
        } finally {
            body.breakOff();
            try {
                ApiClient.Response answer = patch.get(30, TimeUnit.SECONDS);
                fail("the killed server answered the PATCH: " + answer);
            } catch (java.util.concurrent.ExecutionException expected) {
                // the connection died with the server
            }
        }
    }

    /** HEAD and PATCH until the file is complete, waiting out a dead request's lease (423) as tus clients do. */
    private long resume(ApiClient client, String location, byte[] source, long from) {
        return Poll.until("the resumed upload to complete", Duration.ofSeconds(90), Duration.ofMillis(500), () -> {
            long offset = TusRequests.offset(client, location);
            ApiClient.Response answer = TusRequests.patch(client, location, offset,
                    new ByteArrayInputStream(source, (int) offset, source.length - (int) offset), source.length - offset);
            if (answer.status() == 423) {
                return Optional.empty();
            }
            assertThat(answer.status()).as(answer.body()).isEqualTo(204);
            assertThat(offset).as("resumed from the stored offset").isEqualTo(from);
            return Optional.of(TusRequests.offsetOf(answer));
        });
    }

    private static Map<String, String> metadata(long length) {
        return Map.of("purpose", TestUploadPurpose.NAME, "filename", "crash.mp4", "max", String.valueOf(length));
    }

    private static byte[] video(int size, long seed) {
        byte[] content = new byte[size];
        new Random(seed).nextBytes(content);
        System.arraycopy(MP4_START, 0, content, 0, MP4_START.length);
        return content;
    }

    /** The store's files, leaving out what it keeps beside them (content types, staging: names with '~'). */
    private static List<Path> storedFiles(Path root) throws IOException {
        if (!Files.exists(root)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile).filter(p -> !root.relativize(p).toString().contains("~")).toList();
        }
    }

    private static List<Path> multipartUploads(Path data) {
        try (Stream<Path> uploads = Files.list(data.resolve("blobs").resolve("~multipart"))) {
            return uploads.toList();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static List<Path> partFiles(Path data) throws IOException {
        try (Stream<Path> files = Files.walk(data.resolve("blobs").resolve("~multipart"))) {
            return files.filter(p -> p.getFileName().toString().startsWith("part-")).collect(Collectors.toList());
        }
    }

    private static long count(Path data, String sql, String id) throws Exception {
        try (Connection c = DriverManager.getConnection(PortalProcess.h2Url(data), "sa", "");
             PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, id);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
