package cn.pingxuan.storage;

import static cn.pingxuan.storage.TestData.bytes;
import static cn.pingxuan.storage.TestData.readAll;
import static cn.pingxuan.storage.TestData.stream;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FileSystemBlobStoreTest extends BlobStoreContract {

    @TempDir
    Path workDir;
    Path root;
    Path outside;

    @BeforeEach
    void createDirectories() throws IOException {
        outside = Files.createDirectories(workDir.resolve("outside"));
        Files.writeString(outside.resolve("secret.txt"), "secret");
    }

    @Override
    protected BlobStore newStore() {
        root = workDir.resolve("blobs");
        return reopenStore();
    }

    @Override
    protected BlobStore reopenStore() {
        return new FileSystemBlobStore(new FileSystemStorageConfig(root.toString()));
    }

    @Test
    void aRootThatIsGoneMakesTheStoreUnavailable() throws IOException {
        Files.delete(root.resolve("~multipart"));
        Files.delete(root);

        assertThatThrownBy(store::checkAvailable).isInstanceOf(BlobStoreUnavailableException.class)
                .hasMessageContaining("not a writable directory");
    }

    @Test
    void offersNoPresignedUrls() {
        store.put(KEY, stream(30, 10), "video/mp4");

        assertThat(store.presignedReadUrl(KEY, Duration.ofMinutes(5), "a.mp4")).isEmpty();
    }

    @Test
    void keepsBlobsAsPlainFilesUnderTheRoot() throws IOException {
        store.put(KEY, stream(31, 100), "video/mp4");

        assertThat(Files.readAllBytes(root.resolve(KEY))).isEqualTo(bytes(31, 0, 100));
    }

    @Test
    void refusesKeysThatLeaveTheRootThroughASymbolicLink() throws IOException {
        Files.createDirectories(root.resolve("entries"));
        Files.createSymbolicLink(root.resolve("entries/evil"), outside);

        assertThatThrownBy(() -> store.put("entries/evil/new.txt", stream(32, 10), null))
                .isInstanceOf(InvalidBlobKeyException.class).hasMessageContaining("symbolic link entries/evil");
        assertThatThrownBy(() -> store.get("entries/evil/secret.txt")).isInstanceOf(InvalidBlobKeyException.class);
        assertThatThrownBy(() -> store.stat("entries/evil/secret.txt")).isInstanceOf(InvalidBlobKeyException.class);
        assertThatThrownBy(() -> store.delete("entries/evil/secret.txt")).isInstanceOf(InvalidBlobKeyException.class);
        assertThatThrownBy(() -> store.startMultipart("entries/evil/new.txt", null))
                .isInstanceOf(InvalidBlobKeyException.class);
        assertThatThrownBy(() -> store.put("entries/evil/deeper/new.txt", stream(32, 10), null))
                .isInstanceOf(InvalidBlobKeyException.class);

        try (Stream<Path> files = Files.list(outside)) {
            assertThat(files).containsExactly(outside.resolve("secret.txt"));
        }
        assertThat(Files.readString(outside.resolve("secret.txt"))).isEqualTo("secret");
    }

    @Test
    void refusesABlobThatIsASymbolicLink() throws IOException {
        Files.createDirectories(root.resolve("entries"));
        Files.createSymbolicLink(root.resolve("entries/link.txt"), outside.resolve("secret.txt"));

        assertThatThrownBy(() -> store.get("entries/link.txt")).isInstanceOf(InvalidBlobKeyException.class);
        assertThatThrownBy(() -> store.put("entries/link.txt", stream(33, 10), null))
                .isInstanceOf(InvalidBlobKeyException.class);
        assertThat(Files.readString(outside.resolve("secret.txt"))).isEqualTo("secret");
    }

    @Test
    void invalidKeysWriteNothingAnywhere() throws IOException {
        for (String key : List.of("../outside/x", "a/../../outside/x", "/tmp/x", "..", "a/../b")) {
            assertThatThrownBy(() -> store.put(key, stream(34, 10), null)).isInstanceOf(InvalidBlobKeyException.class);
        }

        try (Stream<Path> files = Files.walk(workDir)) {
            assertThat(files.filter(Files::isRegularFile))
                    .containsExactly(outside.resolve("secret.txt"));
        }
    }

    @Test
    void failedPutKeepsThePreviousBlobAndLeavesNoTemporaryFile() throws IOException {
        store.put(KEY, stream(35, 1_000), "video/mp4");
        InputStream breaksAfterOneMiB = new SequenceInputStream(stream(36, MIB), new InputStream() {
            @Override
            public int read() throws IOException {
                throw new IOException("connection reset");
            }
        });

        assertThatThrownBy(() -> store.put(KEY, breaksAfterOneMiB, "video/webm"))
                .isInstanceOf(BlobStoreException.class).hasRootCauseMessage("connection reset");

        assertThat(readAll(store.get(KEY))).isEqualTo(bytes(35, 0, 1_000));
        assertThat(store.stat(KEY).orElseThrow().contentType()).isEqualTo("video/mp4");
        try (Stream<Path> files = Files.list(root.resolve(KEY).getParent())) {
            assertThat(files).extracting(path -> path.getFileName().toString())
                    .containsExactlyInAnyOrder("3f9a.mp4", "3f9a.mp4~content-type");
        }
    }

    @Test
    void failedFirstPutLeavesNoBlob() {
        InputStream broken = new InputStream() {
            @Override
            public int read() throws IOException {
                throw new IOException("connection reset");
            }
        };

        assertThatThrownBy(() -> store.put(KEY, broken, null)).isInstanceOf(BlobStoreException.class);

        assertThat(store.stat(KEY)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"../../etc", "abc", "", "3F9A0000-0000-0000-0000-000000000000/..", "/tmp"})
    void refusesUploadIdsItDidNotHandOut(String uploadId) {
        assertThatThrownBy(() -> store.putPart(KEY, uploadId, 1, stream(37, 1), 1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> store.listParts(KEY, uploadId)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> store.completeMultipart(KEY, uploadId, List.of(new PartInfo(1, "e", 1))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> store.abortMultipart(KEY, uploadId)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refusesAnUploadUnderAnotherKey() {
        String uploadId = store.startMultipart(KEY, null);

        assertThatThrownBy(() -> store.listParts("entries/43/original/x.mp4", uploadId))
                .isInstanceOf(MultipartUploadNotFoundException.class);
        assertThatThrownBy(() -> store.putPart("entries/43/original/x.mp4", uploadId, 1, stream(38, 1), 1))
                .isInstanceOf(MultipartUploadNotFoundException.class);
    }

    @Test
    void refusesPartsForAnAbortedUpload() {
        String uploadId = store.startMultipart(KEY, null);
        store.abortMultipart(KEY, uploadId);

        assertThatThrownBy(() -> store.putPart(KEY, uploadId, 1, stream(39, 1), 1))
                .isInstanceOf(MultipartUploadNotFoundException.class);
    }

    @Test
    void completionRemovesTheUploadState() throws IOException {
        String uploadId = store.startMultipart(KEY, "text/plain");
        PartInfo part = store.putPart(KEY, uploadId, 1, stream(40, 10), 10);

        store.completeMultipart(KEY, uploadId, List.of(part));

        try (Stream<Path> uploads = Files.list(root.resolve("~multipart"))) {
            assertThat(uploads).isEmpty();
        }
        assertThat(Files.readString(root.resolve(KEY + "~content-type"), StandardCharsets.US_ASCII))
                .isEqualTo("text/plain");
    }
}
