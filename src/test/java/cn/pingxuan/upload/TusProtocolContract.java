package cn.pingxuan.upload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.pingxuan.account.DemoAccounts;
import cn.pingxuan.storage.BlobStore;
import cn.pingxuan.storage.MultipartUploadNotFoundException;
import cn.pingxuan.support.ApiClient;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.tus.java.client.TusClient;
import io.tus.java.client.TusUpload;
import io.tus.java.client.TusUploader;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.URL;
import java.net.http.HttpRequest;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The tus protocol as clients see it, from the discovery request to the stored file; run once per store. */
abstract class TusProtocolContract {

    static final int MIB = 1024 * 1024;

    @Inject
    EmbeddedServer server;
    @Inject
    JsonMapper json;
    @Inject
    BlobStore store;
    @Inject
    UploadRepository uploads;
    @Inject
    UploadPartRepository parts;
    @Inject
    TestUploadPurpose purpose;

    TusTestClient student;

    @BeforeEach
    void signIn() {
        student = client("student");
    }

    // --- discovery and version negotiation

    @Test
    void discoveryAnnouncesVersionExtensionsAndMaxSizeWithoutSignIn() {
        ApiClient.Response options = anonymous().options();

        assertThat(options.status()).isEqualTo(204);
        assertThat(options.headers().firstValue("Tus-Resumable")).hasValue("1.0.0");
        assertThat(options.headers().firstValue("Tus-Version")).hasValue("1.0.0");
        assertThat(options.headers().firstValue("Tus-Extension")).hasValue("creation,termination,expiration");
        assertThat(options.headers().firstValue("Tus-Max-Size")).hasValue(Long.toString(4L * 1024 * MIB));
    }

    @Test
    void requestsWithoutTusVersionOneAreRefusedWith412AndTheSupportedVersion() {
        String location = student.createUpload(100, Map.of());

        ApiClient.Response missing = student.api().exchange("POST", TusTestClient.COLLECTION,
                Map.of("Upload-Length", "100"), HttpRequest.BodyPublishers.noBody());
        ApiClient.Response old = student.api().exchange("HEAD", location, Map.of("Tus-Resumable", "0.2.2"),
                HttpRequest.BodyPublishers.noBody());

        assertThat(missing.status()).isEqualTo(412);
        assertThat(missing.headers().allValues("Tus-Version")).containsExactly("1.0.0");
        assertThat(missing.headers().allValues("Tus-Resumable")).containsExactly("1.0.0");
        assertThat(missing.contentType()).startsWith("application/problem+json");
        assertThat(missing.map().get("detail")).asString().contains("tus 1.0.0");
        assertThat(old.status()).isEqualTo(412);
        assertThat(old.headers().firstValue("Tus-Version")).hasValue("1.0.0");
    }

    @Test
    void everyAnswerCarriesTheTusVersionEvenErrors() {
        ApiClient.Response notFound = student.head(TusTestClient.COLLECTION + "/" + "x".repeat(32));

        assertThat(notFound.status()).isEqualTo(404);
        assertThat(notFound.headers().allValues("Tus-Resumable")).containsExactly("1.0.0");
        assertThat(anonymous().options().headers().allValues("Tus-Resumable")).containsExactly("1.0.0");
    }

    // --- creation

    @Test
    void creationAnswersALocationThatOnlyTheCreatorCanSeeAndAnExpiry() {
        Instant before = Instant.now();
        ApiClient.Response created = student.create(1234, Map.of("purpose", "test", "filename", "作品 1.mp4",
                "filetype", "video/mp4"));

        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String location = created.headers().firstValue("Location").orElseThrow();
        assertThat(location).matches("/api/uploads/[A-Za-z0-9_-]{32}");
        Instant expires = ZonedDateTime.parse(created.headers().firstValue("Upload-Expires").orElseThrow(),
                DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
        assertThat(expires).isBetween(before.plus(Duration.ofHours(24)).minusSeconds(2), before.plus(Duration.ofHours(24)).plusSeconds(60));

        ApiClient.Response head = student.head(location);
        assertThat(head.status()).isEqualTo(200);
        assertThat(head.headers().firstValue("Upload-Offset")).hasValue("0");
        assertThat(head.headers().firstValue("Upload-Length")).hasValue("1234");
        assertThat(head.headers().firstValue("Cache-Control")).hasValue("no-store");
        assertThat(head.headers().firstValue("Upload-Expires")).isPresent();
        assertThat(head.headers().firstValue("Upload-Metadata")).hasValue(TusTestClient.metadata(
                Map.of("purpose", "test", "filename", "作品 1.mp4", "filetype", "video/mp4")));

        assertThat(client("judge").head(location).status()).as("another user's upload does not exist for them").isEqualTo(404);
    }

    @Test
    void creationNeedsAKnownLength() {
        ApiClient.Response missing = student.api().exchange("POST", TusTestClient.COLLECTION,
                Map.of("Tus-Resumable", "1.0.0", "Upload-Metadata", TusTestClient.metadata(Map.of("purpose", "test", "filename", "a.mp4"))),
                HttpRequest.BodyPublishers.noBody());
        ApiClient.Response deferred = student.api().exchange("POST", TusTestClient.COLLECTION,
                Map.of("Tus-Resumable", "1.0.0", "Upload-Defer-Length", "1"), HttpRequest.BodyPublishers.noBody());
        ApiClient.Response garbage = student.api().exchange("POST", TusTestClient.COLLECTION,
                Map.of("Tus-Resumable", "1.0.0", "Upload-Length", "-5"), HttpRequest.BodyPublishers.noBody());

        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.map().get("detail")).isEqualTo("缺少文件大小（Upload-Length），请刷新页面后重试");
        assertThat(deferred.status()).isEqualTo(400);
        assertThat(garbage.status()).isEqualTo(400);
    }

    @Test
    void creationRefusesFilesOverThePurposeLimitOrTheServerLimit() {
        ApiClient.Response overPlan = student.create(1001, Map.of("purpose", "test", "filename", "a.mp4", "max", "1000"));
        ApiClient.Response overServer = student.create(5L * 1024 * MIB, Map.of("purpose", "test", "filename", "a.mp4"));

        assertThat(overPlan.status()).isEqualTo(413);
        assertThat(overPlan.map().get("detail")).isEqualTo("文件太大（1001 字节），最大只能上传 1000 字节");
        assertThat(overServer.status()).isEqualTo(413);
        assertThat(overServer.map().get("detail")).isEqualTo("文件太大（5 GB），最大只能上传 4 GB");
    }

    @Test
    void creationNeedsAKnownPurposeThatAgrees() {
        ApiClient.Response unknown = student.create(10, Map.of("purpose", "homework", "filename", "a.mp4"));
        ApiClient.Response none = student.create(10, Map.of("filename", "a.mp4"));
        ApiClient.Response refused = student.create(10, Map.of("purpose", "test", "filename", "a.mp4", "deny", ""));
        ApiClient.Response empty = student.create(0, Map.of("purpose", "test", "filename", "a.mp4"));

        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.map().get("detail")).isEqualTo("不支持的上传用途：homework");
        assertThat(none.status()).isEqualTo(400);
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.map().get("detail")).isEqualTo("你不能为这个作品上传文件");
        assertThat(empty.status()).isEqualTo(400);
        assertThat(empty.map().get("detail")).isEqualTo("文件是空的，请重新选择文件");
    }

    @Test
    void malformedMetadataIsRefused() {
        ApiClient.Response response = student.api().exchange("POST", TusTestClient.COLLECTION,
                Map.of("Tus-Resumable", "1.0.0", "Upload-Length", "10", "Upload-Metadata", "purpose dGVzdA==,filename ###"),
                HttpRequest.BodyPublishers.noBody());

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.map().get("detail")).isEqualTo("上传信息（Upload-Metadata）的格式不正确");
    }

    @Test
    void uploadsNeedASignedInUserAndTheCsrfToken() {
        ApiClient.Response anonymous = anonymous().create(10, Map.of("purpose", "test", "filename", "a.mp4"));
        byte[] png = SampleFiles.png();
        String location = student.createUpload(png.length, Map.of());
        TusTestClient forged = new TusTestClient(student.api().withoutCsrfHeader(), server.getURI());

        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous().head(location).status()).as("HEAD is open to guests elsewhere, not here").isEqualTo(401);
        assertThat(forged.patch(location, 0, png).status()).isEqualTo(403);
        assertThat(forged.delete(location).status()).isEqualTo(403);
    }

    // --- the core protocol

    @Test
    void unknownUploadsAreNotFound() {
        String unknown = TusTestClient.COLLECTION + "/" + "A".repeat(32);

        assertThat(student.head(unknown).status()).isEqualTo(404);
        assertThat(student.patch(unknown, 0, new byte[10]).status()).isEqualTo(404);
        assertThat(student.delete(unknown).status()).isEqualTo(404);
        assertThat(student.head(TusTestClient.COLLECTION + "/..%2F..").status()).isEqualTo(404);
    }

    @Test
    void anotherUsersUploadIsNotFoundForEveryMethod() {
        byte[] png = SampleFiles.png();
        String location = student.createUpload(png.length, Map.of());
        TusTestClient judge = client("judge");

        assertThat(judge.head(location).status()).isEqualTo(404);
        assertThat(judge.patch(location, 0, png).status()).isEqualTo(404);
        assertThat(judge.delete(location).status()).isEqualTo(404);
        assertThat(student.offset(location)).isZero();
    }

    @Test
    void aPatchAtTheWrongOffsetConflicts() {
        byte[] png = SampleFiles.png();
        String location = student.createUpload(png.length + 5000L, Map.of());

        ApiClient.Response response = student.patch(location, 10, png);

        assertThat(response.status()).isEqualTo(409);
        assertThat(response.map().get("detail")).isEqualTo("上传进度不一致：服务器已收到 0 字节，请从那里继续");
        assertThat(student.offset(location)).isZero();
    }

    @Test
    void aPatchNeedsTheTusContentType() {
        byte[] png = SampleFiles.png();
        String location = student.createUpload(png.length, Map.of());

        ApiClient.Response response = student.api().exchange("PATCH", location, Map.of("Tus-Resumable", "1.0.0",
                "Upload-Offset", "0", "Content-Type", "application/octet-stream"), HttpRequest.BodyPublishers.ofByteArray(png));

        assertThat(response.status()).isEqualTo(415);
        assertThat(response.map().get("detail")).isEqualTo("上传数据的类型不正确（需要 application/offset+octet-stream）");
        assertThat(student.offset(location)).isZero();
    }

    @Test
    void bytesPastTheDeclaredLengthAreRefusedAndNothingIsStored() {
        byte[] mp4 = paddedMp4(6000);
        String location = student.createUpload(5000, Map.of());

        ApiClient.Response response = student.patch(location, 0, mp4);

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.map().get("detail")).isEqualTo("上传的数据超出了文件的大小，请重新上传");
        assertThat(student.offset(location)).isZero();
        assertThat(store.stat(upload(location).blobKey())).isEmpty();
    }

    @Test
    void aSmallFileInOnePatchIsCompletedAndHandedToItsPurpose() {
        byte[] png = SampleFiles.png();
        String location = student.createUpload(png.length, Map.of("filename", "C:\\fakepath\\海报.png", "filetype", "image/png"));

        ApiClient.Response patch = student.patch(location, 0, png);

        assertThat(patch.status()).as(patch.body()).isEqualTo(204);
        assertThat(patch.headers().firstValue("Upload-Offset")).hasValue(Long.toString(png.length));
        assertThat(patch.headers().firstValue("Upload-Expires")).as("a complete upload does not expire").isEmpty();
        CompletedUpload completed = completedUpload(location);
        assertThat(completed.detectedType()).isEqualTo(FileType.PNG);
        assertThat(completed.fileName()).isEqualTo("海报.png");
        assertThat(completed.size()).isEqualTo(png.length);
        assertThat(completed.sha256()).isEqualTo(sha256(png));
        assertThat(sha256(store.get(completed.blobKey()))).isEqualTo(sha256(png));
        assertThat(store.stat(completed.blobKey()).orElseThrow().contentType()).isEqualTo("image/png");

        ApiClient.Response head = student.head(location);
        assertThat(head.status()).isEqualTo(200);
        assertThat(head.headers().firstValue("Upload-Offset")).hasValue(Long.toString(png.length));
        assertThat(head.headers().firstValue("Upload-Expires")).isEmpty();
        ApiClient.Response again = student.patch(location, png.length, new byte[0]);
        assertThat(again.status()).as("a client that missed the answer may ask again").isEqualTo(204);
        assertThat(purpose.completed().stream().filter(c -> c.uploadId().equals(completed.uploadId()))).hasSize(1);
    }

    @Test
    void aLargeFileInOneStreamedPatchBecomesParts() {
        byte[] video = paddedMp4(21 * MIB + 12345);
        String location = student.createUpload(video.length, Map.of());

        ApiClient.Response patch = student.patch(location, 0, video);

        assertThat(patch.status()).as(patch.body()).isEqualTo(204);
        CompletedUpload completed = completedUpload(location);
        assertThat(completed.sha256()).isEqualTo(sha256(video));
        assertThat(sha256(store.get(completed.blobKey()))).isEqualTo(sha256(video));
        assertThat(parts.findByUploadIdOrderByPartNumber(completed.uploadId())).extracting(UploadPart::partSize)
                .containsExactly(8L * MIB, 8L * MIB);
    }

    @Test
    void smallPatchesAreCollectedIntoPartsThroughTheTail() {
        byte[] video = paddedMp4(13 * MIB + 777);
        String location = student.createUpload(video.length, Map.of());

        student.patchInChunks(location, video, 0, 700 * 1024);

        CompletedUpload completed = completedUpload(location);
        assertThat(completed.sha256()).isEqualTo(sha256(video));
        assertThat(sha256(store.get(completed.blobKey()))).isEqualTo(sha256(video));
        assertThat(parts.findByUploadIdOrderByPartNumber(completed.uploadId())).extracting(UploadPart::partSize)
                .allSatisfy(size -> assertThat(size).isGreaterThanOrEqualTo(5L * MIB));
        assertThat(store.stat(upload(location).tailKey())).as("the tail is gone").isEmpty();
    }

    @Test
    void anInterruptedPatchKeepsWhatArrivedAndTheUploadResumesThere() throws Exception {
        byte[] video = paddedMp4(11 * MIB + 4321);
        String location = student.createUpload(video.length, Map.of());
        int firstChunkEnd = 3 * MIB;
        student.patch(location, 0, video, 0, firstChunkEnd);
        int sent = 2 * MIB + 999;

        Socket connection = student.startPatch(location, firstChunkEnd, video, firstChunkEnd, 9 * MIB, sent);
        waitFor(() -> upload(location).leaseToken() != null);
        connection.close();
        waitFor(() -> upload(location).leaseToken() == null);

        long stored = student.offset(location);
        assertThat(stored).as("HEAD tells exactly what is stored").isEqualTo(upload(location).receivedBytes());
        // Micronaut drops the last chunk it had not yet handed to the stream when the connection breaks
        assertThat(stored).as("what arrived before the cut is kept")
                .isBetween(firstChunkEnd + sent - 256L * 1024, (long) firstChunkEnd + sent);
        ApiClient.Response resumed = retryWhileLocked(() -> student.patch(location, stored, video, (int) stored, video.length));
        assertThat(resumed.status()).as(resumed.body()).isEqualTo(204);
        CompletedUpload completed = completedUpload(location);
        assertThat(completed.sha256()).isEqualTo(sha256(video));
        assertThat(sha256(store.get(completed.blobKey()))).isEqualTo(sha256(video));
    }

    @Test
    void aSecondPatchWhileOneIsRunningIsLocked() throws Exception {
        byte[] video = paddedMp4(2 * MIB);
        String location = student.createUpload(video.length, Map.of());

        try (Socket running = student.startPatch(location, 0, video, 0, video.length, 64 * 1024)) {
            waitFor(() -> upload(location).leaseToken() != null);

            ApiClient.Response second = student.patch(location, 0, video);

            assertThat(second.status()).isEqualTo(423);
            assertThat(second.map().get("detail")).isEqualTo("这个文件正在通过另一个连接上传，请稍后再试");
            assertThat(student.delete(location).status()).as("termination waits for the PATCH as well").isEqualTo(423);
        }
        waitFor(() -> upload(location).leaseToken() == null);
        assertThat(retryWhileLocked(() -> student.patch(location, student.offset(location), video,
                (int) student.offset(location), video.length)).status()).isEqualTo(204);
    }

    // --- what the bytes are

    @Test
    void aRenamedProgramIsRefusedWhateverItsNameAndTypeClaimAndNothingIsStored() {
        byte[] program = SampleFiles.concat(SampleFiles.windowsExecutable(), new byte[8000]);
        String location = student.createUpload(program.length, Map.of("filename", "video.mp4", "filetype", "video/mp4",
                "allow", "MP4,MOV,WEBM"));
        Upload created = upload(location);

        ApiClient.Response response = student.patch(location, 0, program);

        assertThat(response.status()).isEqualTo(415);
        assertThat(response.map().get("detail")).isEqualTo("文件内容不是允许的格式（检测到：可执行程序），本类别只接受 MP4、MOV、WEBM");
        assertThat(student.head(location).status()).as("the upload ended").isEqualTo(404);
        assertThat(uploads.findById(created.id())).isEmpty();
        assertThat(store.stat(created.blobKey())).isEmpty();
        assertThat(store.stat(created.tailKey())).isEmpty();
    }

    @Test
    void aWebPageNamedLikeAPhotoIsRefused() {
        byte[] page = SampleFiles.html();
        String location = student.createUpload(page.length, Map.of("filename", "photo.jpg", "filetype", "image/jpeg",
                "allow", "JPEG,PNG"));

        ApiClient.Response response = student.patch(location, 0, page);

        assertThat(response.status()).isEqualTo(415);
        assertThat(response.map().get("detail")).isEqualTo("文件内容不是允许的格式（检测到：网页（HTML）），本类别只接受 JPEG、PNG");
    }

    @Test
    void anAcceptableTypeThePurposeDoesNotAllowIsRefused() {
        byte[] png = SampleFiles.png();
        String location = student.createUpload(png.length, Map.of("allow", "MP4"));

        ApiClient.Response response = student.patch(location, 0, png);

        assertThat(response.status()).isEqualTo(415);
        assertThat(response.map().get("detail")).isEqualTo("文件内容不是允许的格式（检测到：PNG），本类别只接受 MP4");
    }

    @Test
    void realMediaHeadersAreAccepted() {
        byte[] mp4 = paddedMp4(100_000);
        String location = student.createUpload(mp4.length, Map.of("allow", "MP4"));

        assertThat(student.patch(location, 0, mp4).status()).isEqualTo(204);
        assertThat(completedUpload(location).detectedType()).isEqualTo(FileType.MP4);
    }

    @Test
    void aFirstChunkTooShortToJudgeIsRefusedWithoutStoringIt() {
        byte[] mp4 = paddedMp4(100_000);
        String location = student.createUpload(mp4.length, Map.of());

        ApiClient.Response response = student.patch(location, 0, mp4, 0, 100);

        assertThat(response.status()).isEqualTo(400);
        assertThat(student.offset(location)).isZero();
        assertThat(student.patch(location, 0, mp4).status()).isEqualTo(204);
    }

    // --- termination, failures, rules that change

    @Test
    void terminationRemovesTheUploadItsPartsAndItsTail() {
        byte[] video = paddedMp4(12 * MIB);
        String location = student.createUpload(video.length, Map.of());
        student.patch(location, 0, video, 0, 9 * MIB + 100);
        Upload partial = upload(location);
        assertThat(partial.multipartId()).isNotNull();
        assertThat(partial.tailBytes()).isEqualTo(MIB + 100);
        assertThat(store.listParts(partial.blobKey(), partial.multipartId())).hasSize(1);

        ApiClient.Response terminated = student.delete(location);

        assertThat(terminated.status()).isEqualTo(204);
        assertThat(terminated.headers().firstValue("Tus-Resumable")).hasValue("1.0.0");
        assertThat(student.head(location).status()).isEqualTo(404);
        assertThat(student.patch(location, partial.receivedBytes(), new byte[10]).status()).isEqualTo(404);
        assertThatThrownBy(() -> store.listParts(partial.blobKey(), partial.multipartId()))
                .isInstanceOf(MultipartUploadNotFoundException.class);
        assertThat(store.stat(partial.tailKey())).isEmpty();
        assertThat(parts.findByUploadIdOrderByPartNumber(partial.id())).isEmpty();
    }

    @Test
    void clientsWithoutPatchOrDeleteOverrideTheMethod() {
        byte[] png = SampleFiles.png();
        String location = student.createUpload(png.length + 10_000L, Map.of());

        ApiClient.Response patched = student.api().exchange("POST", location, Map.of("Tus-Resumable", "1.0.0",
                "X-HTTP-Method-Override", "PATCH", "Upload-Offset", "0", "Content-Type", "application/offset+octet-stream"),
                HttpRequest.BodyPublishers.ofByteArray(SampleFiles.concat(png, new byte[5000])));
        ApiClient.Response headed = student.api().exchange("POST", location, Map.of("Tus-Resumable", "1.0.0",
                "X-HTTP-Method-Override", "HEAD"), HttpRequest.BodyPublishers.noBody());
        ApiClient.Response deleted = student.api().exchange("POST", location, Map.of("Tus-Resumable", "1.0.0",
                "X-HTTP-Method-Override", "DELETE"), HttpRequest.BodyPublishers.noBody());

        assertThat(patched.status()).as(patched.body()).isEqualTo(204);
        assertThat(patched.headers().firstValue("Upload-Offset")).hasValue(Long.toString(png.length + 5000L));
        assertThat(headed.status()).isEqualTo(200);
        assertThat(headed.headers().firstValue("Upload-Offset")).hasValue(Long.toString(png.length + 5000L));
        assertThat(deleted.status()).isEqualTo(204);
        assertThat(student.head(location).status()).isEqualTo(404);
    }

    @Test
    void whenThePurposeRefusesTheFinishedFileTheUploadFailsAndTheFileIsKept() {
        byte[] png = SampleFiles.png();
        String location = student.createUpload(png.length, Map.of("reject-completion", ""));

        ApiClient.Response response = student.patch(location, 0, png);

        assertThat(response.status()).isEqualTo(500);
        assertThat(response.map().get("detail")).isEqualTo("文件已经收到，但保存时出错了，请稍后重新上传；如果一直失败，请联系管理员");
        Upload failed = upload(location);
        assertThat(failed.status()).isEqualTo(UploadStatus.FAILED);
        assertThat(failed.failureReason()).isEqualTo("IllegalStateException: the entry was deleted meanwhile");
        assertThat(failed.sha256()).isEqualTo(sha256(png));
        assertThat(sha256(store.get(failed.blobKey()))).as("the file stays for an operator").isEqualTo(sha256(png));
        assertThat(student.head(location).status()).isEqualTo(410);
    }

    @Test
    void aPatchAfterTheWindowClosedIsRefusedBeforeItsBytesAreStored() {
        byte[] video = paddedMp4(200_000);
        String location = student.createUpload(video.length, Map.of("subject", "closing-" + System.nanoTime()));
        student.patch(location, 0, video, 0, 100_000);
        purpose.closeWindow(upload(location).subjectRef());

        ApiClient.Response response = student.patch(location, 100_000, video, 100_000, video.length);

        assertThat(response.status()).isEqualTo(409);
        assertThat(response.map().get("detail")).isEqualTo("作品提交已截止，不能再上传");
        assertThat(student.offset(location)).isEqualTo(100_000);
    }

    // --- a real tus client

    @Test
    void theTusJavaClientUploadsAFileInManySmallRequests() throws Exception {
        byte[] video = paddedMp4(20 * MIB + 4567);
        TusClient client = new TusClient();
        client.setUploadCreationURL(new URL(server.getURI().resolve(TusTestClient.COLLECTION).toString()));
        client.setHeaders(Map.of("Cookie", student.api().cookieHeader(), "X-XSRF-TOKEN", student.api().csrfToken(true),
                "X-Forwarded-For", student.api().clientAddress()));
        TusUpload upload = new TusUpload();
        upload.setInputStream(new ByteArrayInputStream(video));
        upload.setSize(video.length);
        upload.setFingerprint("tus-java-client-" + System.nanoTime());
        upload.setMetadata(Map.of("purpose", TestUploadPurpose.NAME, "filename", "毕业设计.mp4", "filetype", "video/mp4"));

        TusUploader uploader = client.createUpload(upload);
        uploader.setChunkSize(64 * 1024);
        uploader.setRequestPayloadSize(MIB);
        while (uploader.uploadChunk() > -1) {
            assertThat(uploader.getOffset()).isLessThanOrEqualTo(video.length);
        }
        uploader.finish();

        assertThat(uploader.getOffset()).isEqualTo(video.length);
        String location = uploader.getUploadURL().getPath();
        CompletedUpload completed = completedUpload(location);
        assertThat(completed.fileName()).isEqualTo("毕业设计.mp4");
        assertThat(completed.sha256()).isEqualTo(sha256(video));
        assertThat(sha256(store.get(completed.blobKey()))).isEqualTo(sha256(video));
        assertThat(parts.findByUploadIdOrderByPartNumber(completed.uploadId())).hasSizeGreaterThanOrEqualTo(3);
    }

    // --- helpers

    TusTestClient client(String username) {
        return new TusTestClient(ApiClient.loggedIn(server, json, username, DemoAccounts.PASSWORD), server.getURI());
    }

    TusTestClient anonymous() {
        return new TusTestClient(new ApiClient(server, json), server.getURI());
    }

    Upload upload(String location) {
        return uploads.findById(location.substring(location.lastIndexOf('/') + 1)).orElseThrow();
    }

    CompletedUpload completedUpload(String location) {
        String id = location.substring(location.lastIndexOf('/') + 1);
        return purpose.completed().stream().filter(c -> c.uploadId().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("upload " + id + " was not handed to its purpose"));
    }

    /** An MP4 header followed by reproducible pseudo-random bytes. */
    static byte[] paddedMp4(int length) {
        byte[] file = new byte[length];
        new Random(length).nextBytes(file);
        byte[] header = SampleFiles.mp4();
        System.arraycopy(header, 0, file, 0, header.length);
        return file;
    }

    static String sha256(byte[] bytes) {
        return sha256(new ByteArrayInputStream(bytes));
    }

    static String sha256(InputStream in) {
        try (in) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[64 * 1024];
            for (int n; (n = in.read(buffer)) >= 0; ) {
                digest.update(buffer, 0, n);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (IOException | NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static ApiClient.Response retryWhileLocked(Supplier<ApiClient.Response> request) throws InterruptedException {
        ApiClient.Response response = request.get();
        for (int attempt = 0; response.status() == 423 && attempt < 100; attempt++) {
            TimeUnit.MILLISECONDS.sleep(100);
            response = request.get();
        }
        return response;
    }

    static void waitFor(Supplier<Boolean> condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (!condition.get()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("condition not met within 20 s");
            }
            TimeUnit.MILLISECONDS.sleep(50);
        }
    }
}
