package cn.pingxuan.storage;

import static cn.pingxuan.storage.TestData.bytes;
import static cn.pingxuan.storage.TestData.readAll;
import static cn.pingxuan.storage.TestData.sha256;
import static cn.pingxuan.storage.TestData.stream;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertAll;

import java.io.InputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** What every {@link BlobStore} guarantees; each implementation's test extends this class. */
abstract class BlobStoreContract {

    static final int MIB = 1024 * 1024;
    static final String KEY = "entries/42/original/3f9a.mp4";

    protected BlobStore store;

    /** A store over fresh, empty storage. */
    protected abstract BlobStore newStore();

    /** Another store instance over the same storage, as after a process restart. */
    protected abstract BlobStore reopenStore();

    @BeforeEach
    void createStore() {
        store = newStore();
    }

    @Test
    void aWorkingStoreIsAvailable() {
        store.checkAvailable();
    }

    @Test
    void storesAStreamOfUnknownLength() {
        long size = 12L * MIB + 3;
        store.put(KEY, stream(1, size), "video/mp4");

        BlobInfo info = store.stat(KEY).orElseThrow();
        assertThat(info.key()).isEqualTo(KEY);
        assertThat(info.size()).isEqualTo(size);
        assertThat(info.contentType()).isEqualTo("video/mp4");
        assertThat(info.etag()).isNotBlank();
        assertThat(info.lastModified()).isNotNull();
        assertThat(sha256(store.get(KEY))).isEqualTo(sha256(1, 0, size));
    }

    @Test
    void readsRanges() {
        store.put(KEY, stream(2, 10_000), "application/octet-stream");

        assertThat(readAll(store.get(KEY, 4_000, 50L))).isEqualTo(bytes(2, 4_000, 50));
        assertThat(readAll(store.get(KEY, 9_990, null))).isEqualTo(bytes(2, 9_990, 10));
        assertThat(readAll(store.get(KEY, 0, 1L))).isEqualTo(bytes(2, 0, 1));
        assertThat(readAll(store.get(KEY, 9_999, 1L))).isEqualTo(bytes(2, 9_999, 1));
        assertThat(readAll(store.get(KEY, 9_995, 100L))).as("clamped to the end").isEqualTo(bytes(2, 9_995, 5));
    }

    @Test
    void refusesRangesThatStartOutsideTheBlob() {
        store.put(KEY, stream(3, 100), null);

        assertThatThrownBy(() -> store.get(KEY, 100, null)).isInstanceOf(BlobRangeNotSatisfiableException.class);
        assertThatThrownBy(() -> store.get(KEY, 500, 10L)).isInstanceOf(BlobRangeNotSatisfiableException.class);
        assertThatThrownBy(() -> store.get(KEY, -1, null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> store.get(KEY, 0, 0L)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void storesAnEmptyBlob() {
        store.put(KEY, InputStream.nullInputStream(), "text/plain");

        assertThat(store.stat(KEY).orElseThrow().size()).isZero();
        assertThat(readAll(store.get(KEY))).isEmpty();
        assertThatThrownBy(() -> store.get(KEY, 0, 1L)).isInstanceOf(BlobRangeNotSatisfiableException.class);
    }

    @Test
    void knowsNothingAboutAMissingBlob() {
        assertThat(store.stat(KEY)).isEmpty();
        assertThatThrownBy(() -> store.get(KEY)).isInstanceOf(BlobNotFoundException.class);
        assertThatThrownBy(() -> store.get(KEY, 10, 5L)).isInstanceOf(BlobNotFoundException.class);
    }

    @Test
    void overwriteReplacesContentAndContentType() {
        store.put(KEY, stream(4, 1_000), "video/mp4");
        BlobInfo first = store.stat(KEY).orElseThrow();

        store.put(KEY, stream(5, 700), "video/webm");

        BlobInfo second = store.stat(KEY).orElseThrow();
        assertThat(second.size()).isEqualTo(700);
        assertThat(second.contentType()).isEqualTo("video/webm");
        assertThat(second.etag()).isNotEqualTo(first.etag());
        assertThat(readAll(store.get(KEY))).isEqualTo(bytes(5, 0, 700));
    }

    @Test
    void defaultsTheContentTypeToOctetStream() {
        store.put(KEY, stream(6, 10), null);
        store.put("entries/42/original/other.bin", stream(6, 10), " ");

        assertThat(store.stat(KEY).orElseThrow().contentType()).isEqualTo("application/octet-stream");
        assertThat(store.stat("entries/42/original/other.bin").orElseThrow().contentType())
                .isEqualTo("application/octet-stream");
    }

    @Test
    void refusesContentTypesThatCouldBreakHeaders() {
        assertThatThrownBy(() -> store.put(KEY, stream(7, 10), "text/plain\r\nX-Evil: 1"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> store.startMultipart(KEY, "video/\u89c6\u9891"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(store.stat(KEY)).isEmpty();
    }

    @Test
    void deleteRemovesTheBlobAndMayBeRepeated() {
        store.put(KEY, stream(8, 10), "video/mp4");

        store.delete(KEY);
        store.delete(KEY);

        assertThat(store.stat(KEY)).isEmpty();
        assertThatThrownBy(() -> store.get(KEY)).isInstanceOf(BlobNotFoundException.class);
        store.delete("never/stored");
    }

    @Test
    void refusesPresignLifetimesS3CannotSign() {
        assertThatThrownBy(() -> store.presignedReadUrl(KEY, Duration.ZERO, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> store.presignedReadUrl(KEY, Duration.ofDays(7).plusSeconds(1), null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> store.presignedReadUrl(KEY, null, null))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @MethodSource("validKeys")
    void acceptsKeysWithinTheRules(String key) {
        store.put(key, stream(9, 32), "text/plain");

        assertThat(readAll(store.get(key))).isEqualTo(bytes(9, 0, 32));
        assertThat(store.stat(key).orElseThrow().key()).isEqualTo(key);
        store.delete(key);
        assertThat(store.stat(key)).isEmpty();
    }

    static Stream<String> validKeys() {
        String segment = "s".repeat(99);
        String longest = String.join("/", segment, segment, segment, segment, segment) + "/" + "x".repeat(12);
        return Stream.of(KEY, "a", "A-Z_a-z.0-9", "a/.hidden", "a/...", "a/..b/c..", longest);
    }

    @ParameterizedTest
    @MethodSource("invalidKeys")
    void refusesInvalidKeysInEveryMethod(String key) {
        String uploadId = store.startMultipart("entries/1/valid.bin", null);
        List<PartInfo> parts = List.of(new PartInfo(1, "etag", 1));
        assertAll(
                () -> assertInvalidKey(() -> store.put(key, stream(10, 1), null)),
                () -> assertInvalidKey(() -> store.get(key)),
                () -> assertInvalidKey(() -> store.get(key, 1, 1L)),
                () -> assertInvalidKey(() -> store.stat(key)),
                () -> assertInvalidKey(() -> store.delete(key)),
                () -> assertInvalidKey(() -> store.presignedReadUrl(key, Duration.ofMinutes(5), "a.mp4")),
                () -> assertInvalidKey(() -> store.startMultipart(key, null)),
                () -> assertInvalidKey(() -> store.putPart(key, uploadId, 1, stream(10, 1), 1)),
                () -> assertInvalidKey(() -> store.listParts(key, uploadId)),
                () -> assertInvalidKey(() -> store.completeMultipart(key, uploadId, parts)),
                () -> assertInvalidKey(() -> store.abortMultipart(key, uploadId)));
        assertThat(store.listParts("entries/1/valid.bin", uploadId)).isEmpty();
    }

    static Stream<String> invalidKeys() {
        return Stream.of("../x", "a/../../etc/passwd", "/abs", "a//b", "a\\b", "", null, ".", "a/./b", "a/",
                "a b", "a?b", "a:b", "entries/\u4f5c\u54c1.mp4", "a\nb", "k".repeat(BlobKeys.MAX_LENGTH + 1));
    }

    private static void assertInvalidKey(ThrowingCallable call) {
        assertThatThrownBy(call).isInstanceOf(InvalidBlobKeyException.class).hasMessageContaining("invalid blob key");
    }

    @Test
    void multipartUploadAppearsOnlyWhenCompleted() {
        String uploadId = store.startMultipart(KEY, "video/mp4");
        List<PartInfo> uploaded = uploadParts(uploadId, 11, 5 * MIB, 5 * MIB, 123_457);

        assertThat(store.listParts(KEY, uploadId)).containsExactlyElementsOf(uploaded);
        assertThat(uploaded).extracting(PartInfo::partNumber).containsExactly(1, 2, 3);
        assertThat(uploaded).extracting(PartInfo::size).containsExactly(5L * MIB, 5L * MIB, 123_457L);
        assertThat(store.stat(KEY)).as("invisible before completion").isEmpty();
        assertThatThrownBy(() -> store.get(KEY)).isInstanceOf(BlobNotFoundException.class);

        store.completeMultipart(KEY, uploadId, uploaded);

        long size = 10L * MIB + 123_457;
        BlobInfo info = store.stat(KEY).orElseThrow();
        assertThat(info.size()).isEqualTo(size);
        assertThat(info.contentType()).isEqualTo("video/mp4");
        assertThat(sha256(store.get(KEY))).isEqualTo(sha256(11, 0, size));
        assertThat(readAll(store.get(KEY, 5L * MIB - 2, 4L))).isEqualTo(bytes(11, 5L * MIB - 2, 4));
        assertThatThrownBy(() -> store.listParts(KEY, uploadId)).isInstanceOf(MultipartUploadNotFoundException.class);
    }

    @Test
    void listsTheSamePartsAfterARestart() {
        String uploadId = store.startMultipart(KEY, "video/mp4");
        List<PartInfo> uploaded = uploadParts(uploadId, 12, 5 * MIB, 1_000);

        BlobStore restarted = reopenStore();

        assertThat(restarted.listParts(KEY, uploadId)).containsExactlyElementsOf(uploaded);
        restarted.completeMultipart(KEY, uploadId, restarted.listParts(KEY, uploadId));
        assertThat(sha256(restarted.get(KEY))).isEqualTo(sha256(12, 0, 5L * MIB + 1_000));
        assertThat(restarted.stat(KEY).orElseThrow().contentType()).isEqualTo("video/mp4");
    }

    @Test
    void newUploadHasNoParts() {
        String uploadId = store.startMultipart(KEY, null);

        assertThat(store.listParts(KEY, uploadId)).isEmpty();
    }

    @Test
    void partUploadedAgainReplacesTheEarlierUpload() {
        String uploadId = store.startMultipart(KEY, null);
        PartInfo first = store.putPart(KEY, uploadId, 1, stream(13, 2_000), 2_000);

        PartInfo again = store.putPart(KEY, uploadId, 1, stream(14, 1_500), 1_500);

        assertThat(store.listParts(KEY, uploadId)).containsExactly(again);
        assertThat(again.etag()).isNotEqualTo(first.etag());
        assertThatThrownBy(() -> store.completeMultipart(KEY, uploadId, List.of(first)))
                .isInstanceOf(InvalidPartListException.class);
        store.completeMultipart(KEY, uploadId, List.of(again));
        assertThat(readAll(store.get(KEY))).isEqualTo(bytes(14, 0, 1_500));
    }

    @Test
    void storesNothingOfAPartWhoseStreamEndsEarly() {
        String uploadId = store.startMultipart(KEY, null);
        PartInfo first = store.putPart(KEY, uploadId, 1, stream(15, 5 * MIB), 5 * MIB);

        assertThatThrownBy(() -> store.putPart(KEY, uploadId, 2, stream(15, 5 * MIB, 1_000), 2_000))
                .isInstanceOf(BlobStoreException.class);

        assertThat(store.listParts(KEY, uploadId)).containsExactly(first);
    }

    @Test
    void readsExactlyThePartLengthFromALongerStream() {
        String uploadId = store.startMultipart(KEY, null);

        PartInfo part = store.putPart(KEY, uploadId, 1, stream(16, 5_000), 3_000);

        assertThat(part.size()).isEqualTo(3_000);
        store.completeMultipart(KEY, uploadId, List.of(part));
        assertThat(readAll(store.get(KEY))).isEqualTo(bytes(16, 0, 3_000));
    }

    @Test
    void storesTheStartOfAnArrayAsAPart() {
        String uploadId = store.startMultipart(KEY, null);
        byte[] bytes = bytes(22, 0, 5 * MIB + 100);

        PartInfo first = store.putPart(KEY, uploadId, 1, bytes, 5 * MIB);
        PartInfo last = store.putPart(KEY, uploadId, 2, bytes(22, 5 * MIB, 3_000), 1_000);

        assertThat(first.size()).isEqualTo(5 * MIB);
        assertThat(store.listParts(KEY, uploadId)).containsExactly(first, last);
        store.completeMultipart(KEY, uploadId, List.of(first, last));
        assertThat(sha256(store.get(KEY))).isEqualTo(sha256(22, 0, 5 * MIB + 1_000));
    }

    @Test
    void refusesAnArrayPartLongerThanTheArray() {
        String uploadId = store.startMultipart(KEY, null);

        assertThatThrownBy(() -> store.putPart(KEY, uploadId, 1, new byte[10], 11))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> store.putPart(KEY, uploadId, 1, new byte[10], -1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(store.listParts(KEY, uploadId)).isEmpty();
    }

    @Test
    void abortRemovesTheUploadAndMayBeRepeated() {
        String uploadId = store.startMultipart(KEY, null);
        uploadParts(uploadId, 17, 5 * MIB, 10);

        store.abortMultipart(KEY, uploadId);
        store.abortMultipart(KEY, uploadId);

        assertThatThrownBy(() -> store.listParts(KEY, uploadId)).isInstanceOf(MultipartUploadNotFoundException.class);
        assertThatThrownBy(() -> store.completeMultipart(KEY, uploadId, List.of(new PartInfo(1, "e", 10))))
                .isInstanceOf(MultipartUploadNotFoundException.class);
        assertThat(store.stat(KEY)).isEmpty();
    }

    @Test
    void refusesToCompleteWithPartsOutOfOrder() {
        String uploadId = store.startMultipart(KEY, null);
        List<PartInfo> parts = uploadParts(uploadId, 18, 5 * MIB, 10);

        assertThatThrownBy(() -> store.completeMultipart(KEY, uploadId, List.of(parts.get(1), parts.get(0))))
                .isInstanceOf(InvalidPartListException.class);

        assertStillCompletable(uploadId, parts, 18, 5L * MIB + 10);
    }

    @Test
    void refusesToCompleteWithAMissingPart() {
        String uploadId = store.startMultipart(KEY, null);
        List<PartInfo> parts = uploadParts(uploadId, 19, 5 * MIB, 10);
        PartInfo neverUploaded = new PartInfo(3, parts.get(1).etag(), 10);

        assertThatThrownBy(() -> store.completeMultipart(KEY, uploadId, List.of(parts.get(0), neverUploaded)))
                .as("gap").isInstanceOf(InvalidPartListException.class);
        List<PartInfo> withExtraPart = List.of(parts.get(0), parts.get(1), neverUploaded);
        assertThatThrownBy(() -> store.completeMultipart(KEY, uploadId, withExtraPart))
                .as("not uploaded").isInstanceOf(InvalidPartListException.class);
        assertThatThrownBy(() -> store.completeMultipart(KEY, uploadId, List.of()))
                .as("none").isInstanceOf(InvalidPartListException.class);

        assertStillCompletable(uploadId, parts, 19, 5L * MIB + 10);
    }

    @Test
    void refusesToCompleteWithASmallPartBeforeTheLast() {
        String uploadId = store.startMultipart(KEY, null);
        List<PartInfo> parts = uploadParts(uploadId, 20, 1_000, 1_000);

        assertThatThrownBy(() -> store.completeMultipart(KEY, uploadId, parts))
                .isInstanceOf(InvalidPartListException.class)
                .hasMessageContaining("part 1");

        assertStillCompletable(uploadId, parts.subList(0, 1), 20, 1_000);
    }

    @Test
    void refusesPartNumbersOutsideOneToTenThousand() {
        String uploadId = store.startMultipart(KEY, null);

        assertThatThrownBy(() -> store.putPart(KEY, uploadId, 0, stream(21, 1), 1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> store.putPart(KEY, uploadId, 10_001, stream(21, 1), 1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> store.putPart(KEY, uploadId, 1, stream(21, 1), -1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(store.listParts(KEY, uploadId)).isEmpty();
    }

    /** Uploads consecutive slices of sequence {@code seed} as parts 1..n. */
    protected List<PartInfo> uploadParts(String uploadId, long seed, int... sizes) {
        List<PartInfo> parts = new ArrayList<>();
        long offset = 0;
        for (int i = 0; i < sizes.length; i++) {
            parts.add(store.putPart(KEY, uploadId, i + 1, stream(seed, offset, sizes[i]), sizes[i]));
            offset += sizes[i];
        }
        return parts;
    }

    private void assertStillCompletable(String uploadId, List<PartInfo> parts, long seed, long size) {
        store.completeMultipart(KEY, uploadId, parts);
        assertThat(sha256(store.get(KEY))).isEqualTo(sha256(seed, 0, size));
    }
}
