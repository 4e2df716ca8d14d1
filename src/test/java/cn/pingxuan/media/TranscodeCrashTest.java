package cn.pingxuan.media;

import cn.pingxuan.Application;
import cn.pingxuan.account.DemoAccounts;
import cn.pingxuan.support.ApiClient;
import cn.pingxuan.support.MariaDbServer;
import cn.pingxuan.support.Poll;
import cn.pingxuan.support.PortalProcess;
import cn.pingxuan.support.PortalProcesses;
import cn.pingxuan.support.TusRequests;
import io.micronaut.json.JsonMapper;
import org.bytedeco.ffmpeg.ffmpeg;
import org.bytedeco.javacpp.Loader;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code kill -9} of a worker in the middle of a transcode, deployed as production is: a web node and worker nodes
 * in separate JVMs sharing a MySQL-protocol database (MariaDB) and a file-system store. Another worker takes the
 * dead one's job over and completes it; the work leaves exactly one set of derivatives, and the killed worker's
 * temp directory is swept by a worker that starts later.
 */
@Tag("faults")
@Timeout(value = 10, unit = TimeUnit.MINUTES)
class TranscodeCrashTest {

    private static final String DEMO_CONTEST = "/api/contests/wangluo-wenming-2026";
    private static final int SECONDS = 30;

    @TempDir
    Path temp;

    private final JsonMapper json = JsonMapper.createDefault();
    @RegisterExtension
    final PortalProcesses portals = new PortalProcesses();

    @Test
    void anotherWorkerFinishesTheTranscodeOfAKilledOneWithOneSetOfDerivatives() throws Exception {
        Path video = makeVideo(temp.resolve("clip.mp4"));
        Path blobs = temp.resolve("blobs");
        Path workerTemp = Files.createDirectories(temp.resolve("worker-tmp"));
        try (MariaDbServer db = MariaDbServer.install(temp.resolve("mariadb"))) {
            Map<String, String> shared = new HashMap<>(db.portalProperties());
            shared.putAll(Map.of(
                    "pingxuan.storage.filesystem.root", blobs.toString(),
                    "java.io.tmpdir", workerTemp.toString(),
                    // a worker that stops beating for 4 s counts as dead and its job runs again elsewhere
                    "pingxuan.jobs.heartbeat-interval", "1s",
                    "pingxuan.jobs.polling-interval", "500ms",
                    "pingxuan.jobs.threads", "1",
                    "pingxuan.security.bcrypt-cost", "4"));
            PortalProcess web = start("web", shared, Map.of("pingxuan.role", "web"), "384m");

            ApiClient student = ApiClient.loggedIn(web.uri(), json, "student", DemoAccounts.PASSWORD);
            long entryId = newVideoEntry(student);
            upload(student, entryId, Files.readAllBytes(video));
            long assetId = ((Number) file(student, entryId).get("id")).longValue();

            Map<String, String> worker = Map.of("pingxuan.role", "worker", "pingxuan.demo.enabled", "false");
            PortalProcess first = start("worker-1", shared, worker, "768m");
            Map<String, Object> midway = Poll.until("the transcode to be under way", Duration.ofMinutes(3), Duration.ofMillis(200),
                    () -> Optional.of(file(student, entryId)).filter(f -> !"PROCESSING".equals(f.get("status"))
                            || f.get("progress") instanceof Number progress && progress.intValue() >= 5));
            assertThat(midway).as("still processing when killed, so the kill lands mid-transcode").containsEntry("status", "PROCESSING");
            first.kill();
            assertThat(mediaWorkDirs(workerTemp)).as("the killed worker's work directory").hasSize(1);
            assertThat(file(student, entryId)).containsEntry("status", "PROCESSING");

            PortalProcess second = start("worker-2", shared, worker, "768m");
            Map<String, Object> done = Poll.until("the other worker to finish the job", Duration.ofMinutes(4), Duration.ofMillis(500),
                    () -> Optional.of(file(student, entryId)).filter(f -> !"PROCESSING".equals(f.get("status"))));
            assertThat(done).containsEntry("status", "READY").containsEntry("progress", 100);
            assertThat(((Number) done.get("durationMs")).longValue()).isBetween((SECONDS - 1) * 1000L, (SECONDS + 1) * 1000L);
            assertThat(renditionRoles(done)).containsExactlyInAnyOrder("VIDEO_WEB", "POSTER", "THUMB_LARGE", "THUMB_SMALL");
            assertThat(derivativeRows(db, assetId)).containsExactlyInAnyOrderEntriesOf(
                    Map.of("VIDEO_WEB", 1, "POSTER", 1, "THUMB_LARGE", 1, "THUMB_SMALL", 1));
            assertThat(count(db, "SELECT COUNT(*) FROM asset WHERE entry_id = ? AND role = 'ORIGINAL'", entryId)).isEqualTo(1);
            assertThat(count(db, "SELECT COUNT(*) FROM scheduled_tasks WHERE task_instance = ?", "asset-" + assetId)).isZero();
            assertThat(storedFiles(blobs.resolve("entries").resolve(String.valueOf(entryId)).resolve("derived")))
                    .as("one file per derivative, nothing else").containsExactlyInAnyOrder(
                            assetId + "/video_web.mp4", assetId + "/poster.jpg", assetId + "/thumb_large.jpg", assetId + "/thumb_small.jpg");
            ApiClient.BinaryResponse web720 = student.getBinary("/api/entries/" + entryId + "/files/" + renditionId(done, "VIDEO_WEB"),
                    "Range", "bytes=0-1023");
            assertThat(web720.status()).isEqualTo(206);

            second.stop();
            // a worker starting after twice the time limit has passed knows no attempt can still use that directory
            start("worker-3", shared, Map.of("pingxuan.role", "worker", "pingxuan.demo.enabled", "false",
                    "pingxuan.media.time-limit", "1s"), "384m");
            Poll.until("the killed worker's work directory to be swept", Duration.ofSeconds(30), Duration.ofMillis(300),
                    () -> mediaWorkDirs(workerTemp).isEmpty() ? Optional.of(true) : Optional.empty());
        } finally {
            portals.killAll();
        }
    }

    private PortalProcess start(String name, Map<String, String> shared, Map<String, String> own, String heap) {
        Map<String, String> properties = new HashMap<>(shared);
        properties.putAll(own);
        PortalProcess portal = PortalProcess.start(name, Application.class.getName(), properties, temp, heap);
        return portals.add(portal);
    }

    /** A 30-s 720p clip with sound, long enough that a worker is surely mid-way when killed. */
    private static Path makeVideo(Path out) throws IOException, InterruptedException {
        String ffmpegBinary = Loader.load(ffmpeg.class);
        List<String> command = List.of(ffmpegBinary, "-v", "error", "-y",
                "-f", "lavfi", "-i", "testsrc2=size=1280x720:rate=30:duration=" + SECONDS,
                "-f", "lavfi", "-i", "sine=frequency=440:sample_rate=48000:duration=" + SECONDS,
                "-c:v", "libx264", "-preset", "ultrafast", "-pix_fmt", "yuv420p", "-c:a", "aac", "-shortest", out.toString());
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("LD_LIBRARY_PATH", Path.of(ffmpegBinary).getParent().toString());
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor()).as(output).isZero();
        return out;
    }

    @SuppressWarnings("unchecked")
    private static long newVideoEntry(ApiClient student) {
        Map<String, Object> contest = student.get(DEMO_CONTEST).map();
        long categoryId = ((List<Map<String, Object>>) contest.get("categories")).stream()
                .filter(c -> "VIDEO".equals(c.get("kind"))).map(c -> ((Number) c.get("id")).longValue()).findFirst().orElseThrow();
        Map<String, Object> form = new HashMap<>();
        form.put("contestId", contest.get("id"));
        form.put("categoryId", categoryId);
        form.put("title", "断电也不怕");
        form.put("summary", "转码进行中工作节点被强制结束。");
        form.put("formData", Map.of("major_class", "软件2301班", "phone", "13800000000", "grade", "大二"));
        form.put("pledgeAccepted", true);
        ApiClient.Response created = student.post("/api/entries", form);
        assertThat(created.status()).as(created.body()).isIn(200, 201);
        return ((Number) created.map().get("id")).longValue();
    }

    private static void upload(ApiClient student, long entryId, byte[] content) {
        String location = TusRequests.create(student, content.length, Map.of("purpose", "entry",
                "entryId", String.valueOf(entryId), "filename", "作品.mp4", "filetype", "video/mp4"));
        ApiClient.Response done = TusRequests.patch(student, location, 0, new ByteArrayInputStream(content), content.length);
        assertThat(done.status()).as(done.body()).isEqualTo(204);
        assertThat(TusRequests.offsetOf(done)).isEqualTo(content.length);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> file(ApiClient student, long entryId) {
        ApiClient.Response entry = student.get("/api/entries/" + entryId);
        assertThat(entry.status()).as(entry.body()).isEqualTo(200);
        List<Map<String, Object>> files = (List<Map<String, Object>>) entry.map().get("files");
        assertThat(files).hasSize(1);
        return files.get(0);
    }

    @SuppressWarnings("unchecked")
    private static List<Object> renditionRoles(Map<String, Object> file) {
        return ((List<Map<String, Object>>) file.get("renditions")).stream().map(r -> r.get("role")).toList();
    }

    @SuppressWarnings("unchecked")
    private static long renditionId(Map<String, Object> file, String role) {
        return ((List<Map<String, Object>>) file.get("renditions")).stream().filter(r -> role.equals(r.get("role")))
                .map(r -> ((Number) r.get("id")).longValue()).findFirst().orElseThrow();
    }

    private static Map<String, Integer> derivativeRows(MariaDbServer db, long assetId) throws Exception {
        Map<String, Integer> byRole = new HashMap<>();
        try (Connection c = DriverManager.getConnection(db.jdbcUrl(), "root", "");
             PreparedStatement s = c.prepareStatement("SELECT role, COUNT(*) FROM asset WHERE source_id = ? GROUP BY role")) {
            s.setLong(1, assetId);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    byRole.put(r.getString(1), r.getInt(2));
                }
            }
        }
        return byRole;
    }

    private static long count(MariaDbServer db, String sql, Object parameter) throws Exception {
        try (Connection c = DriverManager.getConnection(db.jdbcUrl(), "root", "");
             PreparedStatement s = c.prepareStatement(sql)) {
            s.setObject(1, parameter);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }

    /** Paths relative to {@code root} of the store's files there, leaving out its content-type sidecars ('~'). */
    private static List<String> storedFiles(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile).map(p -> root.relativize(p).toString())
                    .filter(p -> !p.contains("~")).collect(Collectors.toList());
        }
    }

    private static List<Path> mediaWorkDirs(Path tempRoot) {
        try (Stream<Path> dirs = Files.list(tempRoot)) {
            return dirs.filter(p -> p.getFileName().toString().startsWith(MediaTempSweep.PREFIX)).toList();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
