package cn.pingxuan.upload;

import cn.pingxuan.storage.BlobStore;
import cn.pingxuan.storage.BlobStoreException;
import cn.pingxuan.storage.MultipartUploadNotFoundException;
import cn.pingxuan.storage.PartInfo;
import io.micronaut.scheduling.TaskExecutors;
import jakarta.inject.Named;
import jakarta.inject.Singleton;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;

/**
 * Streams the body of one PATCH into the store through a single buffer of at most one part.
 *
 * <p>Parts must have at least 5 MiB (all but the last), yet a PATCH, or a broken connection, may end at any
 * byte. So the buffer is written as a part whenever it holds a full part; when the PATCH ends, what is left
 * becomes a part if it is large enough, else the upload's tail, which the next PATCH loads into its buffer
 * first. The client may therefore resume exactly where the server stopped receiving. The first bytes are
 * checked against the allowed types before anything is written. A store that writes parts as they arrive gets
 * each full part while the PATCH is still filling it (see {@link PartInFlight}).
 */
@Singleton
class UploadWriter {

    private static final String TAIL_CONTENT_TYPE = "application/octet-stream";

    private final BlobStore store;
    private final PartBuffers buffers;
    /** Digests parts and runs the parts in flight, beside the request's thread. */
    private final Executor executor;
    private final int partSize;

    UploadWriter(BlobStore store, PartBuffers buffers, @Named(TaskExecutors.BLOCKING) Executor executor,
                 UploadProperties properties) {
        this.store = store;
        this.buffers = buffers;
        this.executor = executor;
        this.partSize = properties.partBytes();
    }

    /**
     * @param parts         the parts stored so far, 1..n
     * @param contentLength bytes in the body, or -1 when it is sent chunked; at most the bytes still missing
     */
    WriteResult write(Upload upload, List<PartInfo> parts, InputStream body, long contentLength, UploadJournal journal) {
        long missing = upload.uploadLength() - upload.receivedBytes();
        long incoming = contentLength < 0 ? missing : contentLength;
        int capacity = (int) Math.min(partSize, upload.tailBytes() + incoming);
        Assembly assembly = new Assembly(upload, parts, journal, buffers.allocate(capacity));
        try {
            assembly.loadTail();
            boolean interrupted = assembly.receive(body, incoming, contentLength < 0);
            if (assembly.hasAllBytes()) {
                return assembly.finish();
            }
            return assembly.keepRemainder(interrupted);
        } finally {
            assembly.releaseParts();
        }
    }

    /** The state of one PATCH: the buffer and how much of it is already stored as the tail. */
    private final class Assembly {

        private final Upload upload;
        private final List<PartInfo> parts;
        private final UploadJournal journal;
        private final byte[] buffer;
        /** Bytes in the buffer; the first {@code storedInBuffer} of them are the stored tail. */
        private int filled;
        private int storedInBuffer;
        private long partBytes;
        private long received;
        private String multipartId;
        private FileType type;
        /** Where the bytes this PATCH promises end, as an offset in the file. */
        private long promisedEnd;
        private PartInFlight partInFlight;
        /** A streamed part whose bytes the store has read but may still be making durable; recorded once it has. */
        private PartInFlight unrecordedPart;
        /** Only a PATCH that starts at byte 0 sees the whole file; it digests each part as it is stored. */
        private final OverlappedDigest digest;

        Assembly(Upload upload, List<PartInfo> parts, UploadJournal journal, byte[] buffer) {
            this.upload = upload;
            this.parts = new ArrayList<>(parts);
            this.journal = journal;
            this.buffer = buffer;
            this.partBytes = upload.partBytes();
            this.multipartId = upload.multipartId();
            this.type = upload.detectedType();
            this.digest = upload.receivedBytes() == 0 ? new OverlappedDigest(executor) : null;
        }

        void loadTail() {
            int tail = upload.tailBytes();
            if (tail == 0) {
                return;
            }
            try (InputStream in = store.get(upload.tailKey(), 0, (long) tail)) {
                if (in.readNBytes(buffer, 0, tail) != tail) {
                    throw new BlobStoreException("the tail of upload " + upload.id() + " is shorter than " + tail + " bytes");
                }
            } catch (IOException e) {
                throw new BlobStoreException("could not read the tail of upload " + upload.id(), e);
            }
            filled = tail;
            storedInBuffer = tail;
        }

        /**
         * Reads the body, storing full parts on the way.
         *
         * @return whether the connection broke before the body ended
         */
        boolean receive(InputStream body, long incoming, boolean chunked) {
            promisedEnd = upload.receivedBytes() + incoming;
            try {
                while (received < incoming) {
                    int read = body.read(buffer, filled, (int) Math.min(buffer.length - filled, incoming - received));
                    if (read < 0) {
                        return true;
                    }
                    accept(read);
                    if (filled == partSize && !hasAllBytes()) {
                        storePart();
                    } else {
                        streamPart();
                    }
                }
                if (chunked && hasAllBytes() && body.read() >= 0) {
                    throw UploadProblems.beyondLength();
                }
                return false;
            } catch (IOException broken) {
                return true;
            }
        }

        private void accept(int read) {
            filled += read;
            received += read;
            journal.keepAlive();
            if (type == null && (filled >= FileTypeSniffer.SNIFF_LENGTH || hasAllBytes())) {
                checkType();
            }
        }

        /** Nothing is stored before this passes: the first bytes of the file are all in the buffer. */
        private void checkType() {
            FileType detected = FileTypeSniffer.sniff(buffer, filled, hasAllBytes());
            if (!detected.acceptable() || !upload.allowedTypes().contains(detected)) {
                throw UploadProblems.refusedType(detected, upload.allowedTypes());
            }
            journal.detected(detected);
            type = detected;
        }

        boolean hasAllBytes() {
            return upload.receivedBytes() + received == upload.uploadLength();
        }

        /** Stores what this PATCH left in the buffer: as a part if it may be one, else as the tail. */
        WriteResult keepRemainder(boolean interrupted) {
            abandonPartInFlight();
            recordUnrecordedPart();
            if (type == null) {
                // not enough bytes to judge the file: none are kept, the client sends them again
                if (interrupted) {
                    return new WriteResult.Stored(upload.receivedBytes());
                }
                throw UploadProblems.firstChunkTooShort();
            }
            if (filled > storedInBuffer) {
                if (filled >= UploadProperties.MIN_PART_SIZE) {
                    storePart();
                } else {
                    storeTail();
                }
            }
            return new WriteResult.Stored(partBytes + filled);
        }

        WriteResult finish() {
            recordUnrecordedPart();
            journal.keepAlive();
            digestWhileStoring();
            try {
                if (parts.isEmpty()) {
                    store.put(upload.blobKey(), new ByteArrayInputStream(buffer, 0, filled), type.contentType());
                    if (multipartId != null) {
                        store.abortMultipart(upload.blobKey(), multipartId);
                    }
                } else {
                    completeMultipart();
                }
            } finally {
                bufferDigested();
            }
            return new WriteResult.Finished(type, digest == null ? null : digest.hex());
        }

        private void completeMultipart() {
            try {
                if (filled > 0) {
                    parts.add(store.putPart(upload.blobKey(), multipartId, parts.size() + 1, buffer, filled));
                }
                store.completeMultipart(upload.blobKey(), multipartId, parts);
            } catch (MultipartUploadNotFoundException e) {
                // an earlier request completed the file and then died before recording it; the client sent
                // the last bytes again
                boolean complete = store.stat(upload.blobKey()).filter(info -> info.size() == upload.uploadLength()).isPresent();
                if (!complete) {
                    throw e;
                }
            }
        }

        /**
         * Hands the part being received to the store before it is complete, when the store writes parts as they
         * arrive and this PATCH promises the whole part (the file's last part waits for {@link #finish}).
         */
        private void streamPart() {
            if (partInFlight != null) {
                partInFlight.filledTo(filled);
                return;
            }
            long partEnd = partBytes + unrecordedBytes() + partSize;
            if (!store.writesPartsAsTheyArrive() || type == null || partEnd > promisedEnd
                    || partEnd >= upload.uploadLength()) {
                return;
            }
            startMultipartIfNone();
            String key = upload.blobKey();
            String id = multipartId;
            int partNumber = nextPartNumber();
            partInFlight = new PartInFlight(buffer, partSize, filled, executor,
                    bytes -> store.putPart(key, id, partNumber, bytes, partSize));
        }

        private void abandonPartInFlight() {
            if (partInFlight != null) {
                partInFlight.abandon();
                partInFlight = null;
            }
        }

        /** After a failure: waits for the parts still with the store, which count as stored only once recorded. */
        void releaseParts() {
            abandonPartInFlight();
            if (unrecordedPart != null) {
                unrecordedPart.abandon();
                unrecordedPart = null;
            }
        }

        private void storePart() {
            startMultipartIfNone();
            journal.keepAlive();
            digestWhileStoring();
            try {
                if (partInFlight == null) {
                    recordUnrecordedPart();
                    recordPart(store.putPart(upload.blobKey(), multipartId, parts.size() + 1, buffer, filled));
                } else {
                    handOverPartInFlight();
                }
            } finally {
                bufferDigested();
            }
            filled = 0;
            storedInBuffer = 0;
        }

        /** Once the store has read the part, the buffer may take the next one while the part becomes durable. */
        private void handOverPartInFlight() {
            PartInFlight complete = partInFlight;
            partInFlight = null;
            complete.filledTo(filled);
            complete.awaitRead();
            recordUnrecordedPart();
            unrecordedPart = complete;
        }

        private void recordUnrecordedPart() {
            if (unrecordedPart != null) {
                PartInFlight durable = unrecordedPart;
                unrecordedPart = null;
                recordPart(durable.await());
            }
        }

        private void recordPart(PartInfo part) {
            parts.add(part);
            partBytes += part.size();
            journal.storedPart(part, partBytes);
        }

        private long unrecordedBytes() {
            return unrecordedPart == null ? 0 : partSize;
        }

        private int nextPartNumber() {
            return parts.size() + (unrecordedPart == null ? 1 : 2);
        }

        private void startMultipartIfNone() {
            if (multipartId == null) {
                journal.keepAlive();
                multipartId = store.startMultipart(upload.blobKey(), type.contentType());
                journal.startedMultipart(multipartId);
            }
        }

        /** The buffer holds the next bytes of the file, none of them digested yet. */
        private void digestWhileStoring() {
            if (digest != null) {
                digest.update(buffer, filled);
            }
        }

        /** The buffer may be refilled. */
        private void bufferDigested() {
            if (digest != null) {
                digest.await();
            }
        }

        private void storeTail() {
            journal.keepAlive();
            store.put(upload.tailKey(), new ByteArrayInputStream(buffer, 0, filled), TAIL_CONTENT_TYPE);
            journal.storedTail(partBytes + filled, filled);
            storedInBuffer = filled;
        }
    }
}
