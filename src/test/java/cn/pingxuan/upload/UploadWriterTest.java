package cn.pingxuan.upload;

import static cn.pingxuan.upload.TusProtocolContract.paddedMp4;
import static cn.pingxuan.upload.TusProtocolContract.sha256;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.pingxuan.storage.BlobStore;
import cn.pingxuan.storage.FileSystemBlobStore;
import cn.pingxuan.storage.FileSystemStorageConfig;
import cn.pingxuan.storage.PartInfo;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ForkJoinPool;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The memory rule (one buffer of at most one part per PATCH, never the file) and the byte bookkeeping of
 * {@link UploadWriter}, on a real filesystem store with the database replaced by an in-memory journal.
 */
class UploadWriterTest {

    private static final int MIB = 1024 * 1024;
    private static final int PART = 5 * MIB;

    @TempDir
    Path root;

    private BlobStore store;
    private final List<Integer> allocations = new ArrayList<>();
    private UploadWriter writer;
    private Journal journal;

    @BeforeEach
    void setUp() {
        store = new FileSystemBlobStore(new FileSystemStorageConfig(root.toString()));
        PartBuffers countingBuffers = new PartBuffers() {
            @Override
            byte[] allocate(int size) {
                allocations.add(size);
                return super.allocate(size);
            }
        };
        writer = new UploadWriter(store, countingBuffers, ForkJoinPool.commonPool(),
                new UploadProperties(4L * 1024 * MIB, PART, Duration.ofHours(24), Duration.ofSeconds(30)));
    }

    @Test
    void aWholeFileInOnePatchPassesThroughOneBufferOfOnePart() {
        byte[] file = paddedMp4(23 * MIB + 11);
        journal = new Journal(file.length);

        WriteResult result = writer.write(journal.upload(), journal.parts, new TrickleStream(file, 0, file.length), -1, journal);

        assertThat(allocations).containsExactly(PART);
        assertThat(result).isEqualTo(new WriteResult.Finished(FileType.MP4, sha256(file)));
        assertThat(journal.parts).extracting(PartInfo::size).containsExactly((long) PART, (long) PART, (long) PART, (long) PART);
        assertThat(sha256(store.get(journal.blobKey))).isEqualTo(sha256(file));
    }

    @Test
    void aPatchSmallerThanAPartGetsABufferOfItsOwnSize() {
        byte[] file = paddedMp4(300_000);
        journal = new Journal(file.length);

        writer.write(journal.upload(), journal.parts, new TrickleStream(file, 0, file.length), file.length, journal);

        assertThat(allocations).containsExactly(300_000);
        assertThat(journal.parts).as("a small file is stored in one piece").isEmpty();
        assertThat(sha256(store.get(journal.blobKey))).isEqualTo(sha256(file));
    }

    @Test
    void smallPatchesLeaveTheirRemainderAsATailUntilItMakesAPart() {
        byte[] file = paddedMp4(12 * MIB + 5);
        journal = new Journal(file.length);
        List<Long> offsets = new ArrayList<>();

        WriteResult last = null;
        for (int offset = 0; offset < file.length; offset += MIB + 333) {
            int end = Math.min(file.length, offset + MIB + 333);
            last = writer.write(journal.upload(), journal.parts, new TrickleStream(file, offset, end), end - offset, journal);
            offsets.add(journal.receivedBytes);
        }

        assertThat(allocations).as("one buffer per PATCH, never more than a part").allSatisfy(size -> assertThat(size).isLessThanOrEqualTo(PART));
        assertThat(allocations).hasSize(offsets.size());
        assertThat(offsets.subList(0, offsets.size() - 1)).as("every byte sent is stored at once")
                .containsExactly(1_048_909L, 2_097_818L, 3_146_727L, 4_195_636L, 5_244_545L, 6_293_454L, 7_342_363L,
                        8_391_272L, 9_440_181L, 10_489_090L, 11_537_999L);
        assertThat(journal.tails).as("the tail stays below a part; a remainder of 5 MiB becomes a part")
                .allSatisfy(tail -> assertThat(tail).isLessThan(PART));
        assertThat(journal.parts).extracting(PartInfo::size).allSatisfy(size -> assertThat(size).isGreaterThanOrEqualTo(PART));
        assertThat(last).isEqualTo(new WriteResult.Finished(FileType.MP4, null));
        assertThat(sha256(store.get(journal.blobKey))).isEqualTo(sha256(file));
    }

    @Test
    void aBrokenConnectionKeepsEveryByteThatArrivedAndTheUploadResumesThere() {
        byte[] file = paddedMp4(9 * MIB);
        journal = new Journal(file.length);
        int arrived = 7 * MIB + 4242;

        WriteResult broken = writer.write(journal.upload(), journal.parts, new BreakingStream(file, arrived), file.length, journal);

        assertThat(broken).isEqualTo(new WriteResult.Stored(arrived));
        assertThat(journal.parts).extracting(PartInfo::size).containsExactly((long) PART);
        assertThat(journal.tailBytes).isEqualTo(arrived - PART);
        WriteResult resumed = writer.write(journal.upload(), journal.parts, new TrickleStream(file, arrived, file.length),
                file.length - arrived, journal);
        assertThat(resumed).isEqualTo(new WriteResult.Finished(FileType.MP4, null));
        assertThat(sha256(store.get(journal.blobKey))).isEqualTo(sha256(file));
    }

    @Test
    void aConnectionThatBreaksWhileAPartIsWrittenKeepsItsBytesAsTheTail() {
        byte[] file = paddedMp4(16 * MIB);
        journal = new Journal(file.length);
        int arrived = PART + 2 * MIB + 4242;

        WriteResult broken = writer.write(journal.upload(), journal.parts, new BreakingStream(file, arrived), file.length, journal);

        assertThat(broken).isEqualTo(new WriteResult.Stored(arrived));
        assertThat(journal.parts).extracting(PartInfo::size).containsExactly((long) PART);
        assertThat(store.listParts(journal.blobKey, journal.multipartId)).as("nothing of the part in flight").hasSize(1);
        assertThat(journal.tailBytes).isEqualTo(arrived - PART);
        WriteResult resumed = writer.write(journal.upload(), journal.parts, new TrickleStream(file, arrived, file.length),
                file.length - arrived, journal);
        assertThat(resumed).isEqualTo(new WriteResult.Finished(FileType.MP4, null));
        assertThat(sha256(store.get(journal.blobKey))).isEqualTo(sha256(file));
    }

    @Test
    void bytesTooFewToJudgeTheFileAreNotKept() {
        byte[] file = paddedMp4(100_000);
        journal = new Journal(file.length);

        WriteResult broken = writer.write(journal.upload(), journal.parts, new BreakingStream(file, 1000), file.length, journal);

        assertThat(broken).isEqualTo(new WriteResult.Stored(0));
        assertThat(journal.detectedType).isNull();
        assertThat(store.stat(journal.upload().tailKey())).isEmpty();
    }

    @Test
    void aRefusedTypeStoresNothing() {
        byte[] program = SampleFiles.concat(SampleFiles.windowsExecutable(), new byte[6 * MIB]);
        journal = new Journal(program.length);

        assertThatThrownBy(() -> writer.write(journal.upload(), journal.parts,
                new TrickleStream(program, 0, program.length), program.length, journal))
                .isInstanceOf(UploadProblems.RefusedFileTypeException.class);

        assertThat(journal.multipartId).isNull();
        assertThat(journal.receivedBytes).isZero();
        assertThat(store.stat(journal.blobKey)).isEmpty();
    }

    @Test
    void lastBytesSentAgainAfterACompletionThatWasNotRecordedFinishTheUpload() {
        byte[] file = paddedMp4(7 * MIB);
        journal = new Journal(file.length);
        writer.write(journal.upload(), journal.parts, new TrickleStream(file, 0, 6 * MIB), 6 * MIB, journal);
        List<PartInfo> complete = new ArrayList<>(journal.parts);
        complete.add(store.putPart(journal.blobKey, journal.multipartId, 2, new TrickleStream(file, PART, file.length), 2 * MIB));
        store.completeMultipart(journal.blobKey, journal.multipartId, complete);

        WriteResult again = writer.write(journal.upload(), journal.parts, new TrickleStream(file, 6 * MIB, file.length), MIB, journal);

        assertThat(again).isEqualTo(new WriteResult.Finished(FileType.MP4, null));
        assertThat(sha256(store.get(journal.blobKey))).isEqualTo(sha256(file));
    }

    /** The database's view of one upload, kept in memory. */
    private static final class Journal implements UploadJournal {

        final String id = "W" + Long.toHexString(new Random().nextLong()) + "x".repeat(16);
        final String blobKey = "test/writer/" + id;
        final long length;
        final List<PartInfo> parts = new ArrayList<>();
        final List<Integer> tails = new ArrayList<>();
        long receivedBytes;
        int tailBytes;
        String multipartId;
        FileType detectedType;

        Journal(long length) {
            this.length = length;
        }

        Upload upload() {
            Instant now = Instant.now();
            return new Upload(id, 1, "test", "test:writer", blobKey, "a.mp4", null, null, EnumSet.of(FileType.MP4),
                    length, receivedBytes, tailBytes, multipartId, detectedType, null, UploadStatus.RECEIVING, null,
                    "token", now, now.plusSeconds(60), now, now, null);
        }

        @Override
        public void keepAlive() {
        }

        @Override
        public void detected(FileType type) {
            detectedType = type;
        }

        @Override
        public void startedMultipart(String multipartId) {
            this.multipartId = multipartId;
        }

        @Override
        public void storedPart(PartInfo part, long receivedBytes) {
            parts.add(part);
            this.receivedBytes = receivedBytes;
            this.tailBytes = 0;
        }

        @Override
        public void storedTail(long receivedBytes, int tailBytes) {
            this.receivedBytes = receivedBytes;
            this.tailBytes = tailBytes;
            tails.add(tailBytes);
        }
    }

    /** Hands out {@code file[from..to)} in uneven reads, like a network connection. */
    private static class TrickleStream extends InputStream {

        private final byte[] file;
        private final Random sizes = new Random(7);
        private final int to;
        private int position;

        TrickleStream(byte[] file, int from, int to) {
            this.file = file;
            this.position = from;
            this.to = to;
        }

        @Override
        public int read() {
            return position < to ? file[position++] & 0xFF : -1;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (position >= to) {
                return -1;
            }
            int n = Math.min(Math.min(len, to - position), 1 + sizes.nextInt(96 * 1024));
            System.arraycopy(file, position, b, off, n);
            position += n;
            return n;
        }
    }

    /** Delivers the first {@code arrived} bytes, then fails like a dropped connection. */
    private static final class BreakingStream extends TrickleStream {

        private final int arrived;
        private int delivered;

        BreakingStream(byte[] file, int arrived) {
            super(file, 0, file.length);
            this.arrived = arrived;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (delivered >= arrived) {
                throw new IOException("connection reset by peer");
            }
            int n = super.read(b, off, Math.min(len, arrived - delivered));
            delivered += Math.max(n, 0);
            return n;
        }
    }
}
