package cn.pingxuan.judging;

import cn.pingxuan.media.MediaAssets;
import cn.pingxuan.media.MediaFixtures;
import cn.pingxuan.media.image.BundledFfmpeg;
import cn.pingxuan.media.image.TestPictures;
import cn.pingxuan.storage.BlobStore;
import cn.pingxuan.support.ApiClient;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The blind rule: everything a judge of a blind round can load — every JSON answer and every byte of every
 * rendition — is searched for the author. The uploads carry the author in their metadata (video title and artist,
 * DOCX creator, EXIF and a JPEG comment) and under revealing file names, so a leak makes this test fail.
 */
@MicronautTest(transactional = false)
@Tag("db")
class BlindRoundTest {

    private static final String ADVISOR = "司马导师";
    private static final String UNIT = "软件2301班";
    private static final String FILE_NAME_MARK = "原稿";
    /** What cameras, muxers and office suites leave in files. */
    private static final List<String> METADATA_MARKS = List.of("Lavf", "ISO Media", "PingxuanPhone", "Exif", "docProps");

    @Inject
    EmbeddedServer server;
    @Inject
    JsonMapper json;
    @Inject
    BlobStore blobs;
    @Inject
    MediaAssets assets;
    @Inject
    PanelRounds rounds;

    @TempDir
    Path dir;

    @Test
    void nothingAJudgeOfABlindRoundLoadsNamesTheAuthor() throws Exception {
        MediaFixtures.Works works = MediaFixtures.newContest(server, json);
        Map<String, Object> me = works.student().get("/api/me").map();
        String displayName = (String) me.get("displayName");
        String username = (String) me.get("username");
        List<Long> entries = List.of(
                entry(works, works.videoCategory(), video(displayName, username), "video/mp4", "mp4"),
                entry(works, works.essayCategory(), essay(displayName, username),
                        "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
                entry(works, works.imageCategory(), photo(displayName), "image/jpeg", "jpg"));
        JudgingRound blind = rounds.open(works.contestId(), works.videoCategory(), true);
        PanelRounds.Judge judge = PanelRounds.judge(server, json, "文学院");
        List<Long> assignments = entries.stream().map(e -> rounds.assign(blind, e, judge.id())).toList();

        List<byte[]> loaded = new ArrayList<>();
        loaded.add(bytes(judge.client().get("/api/judging/rounds")));
        Map<String, Object> queue = loadJson(judge.client(), "/api/judging/rounds/" + blind.id() + "/queue", loaded);
        assertThat(items(queue)).extracting(i -> ((Number) i.get("assignmentId")).longValue())
                .containsExactlyElementsOf(assignments); // video, essay, image: the contest's category order
        List<String> roles = new ArrayList<>();
        for (long assignmentId : assignments) {
            String desk = "/api/judging/assignments/" + assignmentId;
            Map<String, Object> view = loadJson(judge.client(), desk, loaded);
            Map<String, Object> work = map(view.get("work"));
            assertThat(work).containsEntry("authors", null);
            for (Map<String, Object> file : list(work.get("files"))) {
                assertThat(judge.client().getBinary(desk + "/files/" + file.get("id")).status())
                        .as("the original upload").isEqualTo(404);
                for (Map<String, Object> rendition : list(file.get("renditions"))) {
                    ApiClient.BinaryResponse served = judge.client().getBinary(desk + "/files/" + rendition.get("id"));
                    assertThat(served.status()).isEqualTo(200);
                    loaded.add(served.body());
                    loaded.add(served.headers().map().toString().getBytes(StandardCharsets.UTF_8));
                    roles.add((String) rendition.get("role"));
                }
            }
        }
        assertThat(roles).contains("VIDEO_WEB", "POSTER", "THUMB_SMALL", "THUMB_LARGE", "TEXT", "PDF_PREVIEW", "DISPLAY");
        assertThat(previousAndNext(judge.client(), assignments.get(1))).containsExactly(assignments.get(0), assignments.get(2));

        List<String> forbidden = new ArrayList<>(List.of(displayName, username, UNIT, ADVISOR, FILE_NAME_MARK));
        forbidden.addAll(METADATA_MARKS);
        for (byte[] body : loaded) {
            for (String mark : forbidden) {
                assertThat(contains(body, mark)).as("a judge-facing response reveals " + mark).isFalse();
            }
        }

        JudgingRound open = rounds.open(works.contestId(), works.videoCategory(), false);
        long openAssignment = rounds.assign(open, entries.get(0), judge.id());
        Map<String, Object> authors = map(map(judge.client().get("/api/judging/assignments/" + openAssignment).map()
                .get("work")).get("authors"));
        assertThat((List<Object>) authors.get("names")).containsExactly(displayName);
        assertThat((String) authors.get("unitName")).contains(UNIT);
        assertThat(authors).containsEntry("advisorName", ADVISOR);
    }

    @Test
    void renditionsServeByteRanges() throws Exception {
        MediaFixtures.Works works = MediaFixtures.newContest(server, json);
        long entry = entry(works, works.videoCategory(), Files.readAllBytes(MediaFixtures.TEST_VIDEO), "video/mp4", "mp4");
        JudgingRound round = rounds.open(works.contestId(), works.videoCategory(), true);
        PanelRounds.Judge judge = PanelRounds.judge(server, json, "文学院");
        String desk = "/api/judging/assignments/" + rounds.assign(round, entry, judge.id());
        Map<String, Object> file = list(map(judge.client().get(desk).map().get("work")).get("files")).get(0);
        Object video = list(file.get("renditions")).stream().filter(r -> "VIDEO_WEB".equals(r.get("role")))
                .findFirst().orElseThrow().get("id");

        ApiClient.BinaryResponse part = judge.client().getBinary(desk + "/files/" + video, "Range", "bytes=0-99");
        assertThat(part.status()).isEqualTo(206);
        assertThat(part.body()).hasSize(100);
        assertThat(part.header("Content-Range")).startsWith("bytes 0-99/");
    }

    /** An entry of the student's with the advisor named, its upload processed, submitted so it has a code. */
    private long entry(MediaFixtures.Works works, long categoryId, byte[] content, String contentType, String extension) {
        Map<String, Object> form = new HashMap<>(Map.of("contestId", works.contestId(), "categoryId", categoryId,
                "title", "网络文明我先行", "summary", "一件关于网络文明的作品。", "advisorName", ADVISOR, "pledgeAccepted", true));
        long id = ((Number) works.student().post("/api/entries", form).map().get("id")).longValue();
        String fileName = "张三" + FILE_NAME_MARK + "-" + works.student().get("/api/me").map().get("username") + "." + extension;
        MediaFixtures.awaitReady(assets, MediaFixtures.attach(blobs, assets, id, content, contentType, fileName).id());
        ApiClient.Response submitted = works.student().post("/api/entries/" + id + "/submit", Map.of());
        assertThat(submitted.status()).as(submitted.body()).isEqualTo(200);
        return id;
    }

    /** The test video with the author as its title and artist: what a phone or an editor writes into a file. */
    private byte[] video(String displayName, String username) throws Exception {
        Path out = dir.resolve("tagged.mp4");
        BundledFfmpeg.run("-i", MediaFixtures.TEST_VIDEO.toString(), "-c", "copy", "-metadata", "title=" + displayName,
                "-metadata", "artist=" + username, "-metadata:s:v", "handler_name=ISO Media " + displayName, out.toString());
        return carrying(Files.readAllBytes(out), displayName, username, "Lavf", "ISO Media");
    }

    private static byte[] essay(String displayName, String username) throws Exception {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.createParagraph().createRun().setText(MediaFixtures.ESSAY);
            doc.getProperties().getCoreProperties().setCreator(displayName);
            doc.getProperties().getCoreProperties().setLastModifiedByUser(username);
            doc.getProperties().getExtendedProperties().setCompany(UNIT);
            doc.write(out);
            return out.toByteArray();
        }
    }

    private static byte[] photo(String displayName) {
        byte[] withExif = TestPictures.jpegWithExif(TestPictures.photo(800, 600, 7), 1, true);
        return carrying(TestPictures.withSegment(withExif, 0xFE, displayName.getBytes(StandardCharsets.UTF_8)),
                displayName, "Exif", "PingxuanPhone");
    }

    /** The upload as made, after checking it does carry what must not come out, so the test can fail. */
    private static byte[] carrying(byte[] upload, String... marks) {
        for (String mark : marks) {
            assertThat(contains(upload, mark)).as("the upload carries " + mark).isTrue();
        }
        return upload;
    }

    private static List<Long> previousAndNext(ApiClient judge, long assignmentId) {
        Map<String, Object> view = judge.get("/api/judging/assignments/" + assignmentId).map();
        return List.of(((Number) view.get("previousAssignmentId")).longValue(),
                ((Number) view.get("nextAssignmentId")).longValue());
    }

    /** Whether the bytes hold the text in UTF-8 or UTF-16 (Latin-1 maps bytes to chars one to one). */
    private static boolean contains(byte[] haystack, String needle) {
        String bytes = new String(haystack, StandardCharsets.ISO_8859_1);
        return Stream.of(StandardCharsets.UTF_8, StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE)
                .anyMatch(charset -> bytes.contains(new String(needle.getBytes(charset), StandardCharsets.ISO_8859_1)));
    }

    private static Map<String, Object> loadJson(ApiClient client, String path, List<byte[]> loaded) {
        ApiClient.Response response = client.get(path);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        loaded.add(bytes(response));
        return response.map();
    }

    private static byte[] bytes(ApiClient.Response response) {
        return (response.body() + response.headers().map()).getBytes(StandardCharsets.UTF_8);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        return (Map<String, Object>) value;
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> list(Object value) {
        return (List<Map<String, Object>>) value;
    }

    private static List<Map<String, Object>> items(Map<String, Object> queue) {
        return list(queue.get("items"));
    }
}
