package cn.pingxuan.storage;

import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * The embedded default: blobs as plain files under {@code pingxuan.storage.filesystem.root}, laid out as
 * described in {@link FileSystemLayout}. It cannot presign URLs; callers proxy the bytes instead.
 */
@Singleton
@Requires(property = "pingxuan.storage.type", value = "filesystem", defaultValue = "filesystem")
public class FileSystemBlobStore implements BlobStore {

    private final FileSystemLayout layout;
    private final FileSystemMultipartUploads uploads;

    public FileSystemBlobStore(FileSystemStorageConfig config) {
        this.layout = new FileSystemLayout(Path.of(config.root()));
        this.uploads = new FileSystemMultipartUploads(layout);
    }

    @Override
    public void put(String key, InputStream data, String contentType) {
        String type = ContentTypes.normalize(contentType);
        io("could not store blob '" + key + "'", () -> {
            writeBlob(layout.blobPathForWrite(key), data::transferTo, type);
            return null;
        });
    }

    @Override
    public InputStream get(String key, long offset, Long length) {
        ByteRange range = new ByteRange(offset, length);
        Path blob = layout.blobPath(key);
        return io("could not read blob '" + key + "'", () -> {
            if (readAttributes(blob).isEmpty()) {
                throw new BlobNotFoundException(key);
            }
            FileChannel channel;
            try {
                channel = FileChannel.open(blob, StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS);
            } catch (NoSuchFileException deletedMeanwhile) {
                throw new BlobNotFoundException(key);
            }
            try {
                long bytes = range.lengthWithin(key, channel.size());
                channel.position(range.offset());
                return Streams.limit(Channels.newInputStream(channel), bytes);
            } catch (IOException | RuntimeException e) {
                channel.close();
                throw e;
            }
        });
    }

    @Override
    public Optional<BlobInfo> stat(String key) {
        Path blob = layout.blobPath(key);
        return io("could not stat blob '" + key + "'", () -> {
            Optional<BasicFileAttributes> attributes = readAttributes(blob);
            if (attributes.isEmpty()) {
                return Optional.empty();
            }
            BasicFileAttributes file = attributes.get();
            return Optional.of(new BlobInfo(key, file.size(), readContentType(blob), FileEtag.of(file),
                    file.lastModifiedTime().toInstant()));
        });
    }

    /** A disk that was unmounted or turned read-only shows here. */
    @Override
    public void checkAvailable() {
        Path root = layout.root();
        if (!Files.isDirectory(root) || !Files.isWritable(root)) {
            throw new BlobStoreUnavailableException("the storage root " + root + " is not a writable directory", null);
        }
    }

    @Override
    public void delete(String key) {
        Path blob = layout.blobPath(key);
        io("could not delete blob '" + key + "'", () -> {
            if (readAttributes(blob).isPresent()) {
                Files.deleteIfExists(blob);
            }
            Files.deleteIfExists(layout.contentTypeFile(blob));
            return null;
        });
    }

    @Override
    public Optional<URI> presignedReadUrl(String key, Duration ttl, String downloadFileName) {
        layout.blobPath(key);
        PresignRules.requireValidTtl(ttl);
        return Optional.empty();
    }

    @Override
    public String startMultipart(String key, String contentType) {
        return io("could not start a multipart upload for '" + key + "'", () -> uploads.start(key, contentType));
    }

    @Override
    public PartInfo putPart(String key, String uploadId, int partNumber, InputStream data, long length) {
        MultipartRules.requirePartNumber(partNumber);
        MultipartRules.requirePartLength(length);
        return io("could not store part " + partNumber + " of upload '" + uploadId + "'",
                () -> uploads.putPart(uploads.open(key, uploadId), partNumber, data, length));
    }

    @Override
    public boolean writesPartsAsTheyArrive() {
        return true;
    }

    @Override
    public void completeMultipart(String key, String uploadId, List<PartInfo> parts) {
        io("could not complete upload '" + uploadId + "' of '" + key + "'", () -> {
            FileSystemMultipartUploads.Upload upload = uploads.open(key, uploadId);
            List<Path> partFiles = uploads.partFilesToJoin(upload, parts);
            writeBlob(layout.blobPathForWrite(key), out -> {
                for (Path part : partFiles) {
                    Files.copy(part, out);
                }
            }, upload.contentType());
            uploads.remove(upload);
            return null;
        });
    }

    @Override
    public void abortMultipart(String key, String uploadId) {
        io("could not abort upload '" + uploadId + "'", () -> {
            try {
                uploads.remove(uploads.open(key, uploadId));
            } catch (MultipartUploadNotFoundException alreadyGone) {
                // aborting is idempotent
            }
            return null;
        });
    }

    @Override
    public List<PartInfo> listParts(String key, String uploadId) {
        return io("could not list parts of upload '" + uploadId + "'",
                () -> uploads.listParts(uploads.open(key, uploadId)));
    }

    /**
     * Writes the content type before the data: when the process dies between the two renames, a new key
     * has only an invisible sidecar, rather than visible data with the wrong type.
     */
    private void writeBlob(Path blob, StagedFile.Content content, String contentType) throws IOException {
        try (StagedFile data = StagedFile.write(blob, content);
             StagedFile type = StagedFile.write(layout.contentTypeFile(blob),
                     out -> out.write(contentType.getBytes(StandardCharsets.US_ASCII)))) {
            type.commit();
            data.commit();
        }
    }

    private String readContentType(Path blob) throws IOException {
        try {
            return Files.readString(layout.contentTypeFile(blob), StandardCharsets.US_ASCII).strip();
        } catch (NoSuchFileException e) {
            return ContentTypes.DEFAULT;
        }
    }

    /** The attributes of a regular file at {@code path}; directories and missing files are no blobs. */
    private static Optional<BasicFileAttributes> readAttributes(Path path) throws IOException {
        try {
            BasicFileAttributes attributes =
                    Files.readAttributes(path, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            return attributes.isRegularFile() ? Optional.of(attributes) : Optional.empty();
        } catch (NoSuchFileException e) {
            return Optional.empty();
        }
    }

    @FunctionalInterface
    private interface IoAction<T> {
        T run() throws IOException;
    }

    private static <T> T io(String failure, IoAction<T> action) {
        try {
            return action.run();
        } catch (IOException e) {
            throw new BlobStoreException(failure, e);
        }
    }
}
