package cn.pingxuan.storage;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Multipart upload state of the filesystem store, kept entirely on disk so that a restarted process
 * lists the same parts: {@code <uploadId>/upload.properties} (key, content type) and one
 * {@code part-NNNNN} file per part.
 */
final class FileSystemMultipartUploads {

    private static final String UPLOAD_FILE = "upload.properties";
    private static final Pattern PART_FILE = Pattern.compile("part-(\\d{5})");

    /** An upload that exists for the key it was started for. */
    record Upload(String key, String uploadId, Path directory, String contentType) {
    }

    private final FileSystemLayout layout;

    FileSystemMultipartUploads(FileSystemLayout layout) {
        this.layout = layout;
    }

    String start(String key, String contentType) throws IOException {
        layout.blobPath(key);
        Properties state = new Properties();
        state.setProperty("key", key);
        state.setProperty("contentType", ContentTypes.normalize(contentType));
        String uploadId = layout.newUploadId();
        Path directory = Files.createDirectory(layout.uploadDirectory(uploadId));
        try (StagedFile file = StagedFile.write(directory.resolve(UPLOAD_FILE),
                out -> state.store(out, "multipart upload"))) {
            file.commit();
        }
        return uploadId;
    }

    PartInfo putPart(Upload upload, int partNumber, InputStream data, long length) throws IOException {
        Path partFile = partFile(upload, partNumber);
        try (StagedFile part = StagedFile.write(partFile, out -> Streams.copyExactly(data, out, length))) {
            part.commit();
        } catch (NoSuchFileException e) {
            throw new MultipartUploadNotFoundException(upload.key(), upload.uploadId());
        }
        return partInfo(partNumber, partFile);
    }

    List<PartInfo> listParts(Upload upload) throws IOException {
        List<PartInfo> parts = new ArrayList<>();
        try (Stream<Path> files = Files.list(upload.directory())) {
            for (Path file : (Iterable<Path>) files::iterator) {
                Matcher name = PART_FILE.matcher(file.getFileName().toString());
                if (name.matches()) {
                    parts.add(partInfo(Integer.parseInt(name.group(1)), file));
                }
            }
        } catch (NoSuchFileException e) {
            throw new MultipartUploadNotFoundException(upload.key(), upload.uploadId());
        }
        parts.sort(Comparator.comparingInt(PartInfo::partNumber));
        return parts;
    }

    /** The files to join, in order, once {@code requested} has passed the multipart rules. */
    List<Path> partFilesToJoin(Upload upload, List<PartInfo> requested) throws IOException {
        MultipartRules.requireCompletable(requested, listParts(upload));
        return requested.stream()
                .map(part -> partFile(upload, part.partNumber()))
                .toList();
    }

    /** The upload, or {@link MultipartUploadNotFoundException} when it does not exist for this key. */
    Upload open(String key, String uploadId) throws IOException {
        layout.blobPath(key);
        Path directory = layout.uploadDirectory(uploadId);
        Properties state = new Properties();
        try (Reader reader = Files.newBufferedReader(directory.resolve(UPLOAD_FILE), StandardCharsets.ISO_8859_1)) {
            state.load(reader);
        } catch (NoSuchFileException e) {
            throw new MultipartUploadNotFoundException(key, uploadId);
        }
        if (!key.equals(state.getProperty("key"))) {
            throw new MultipartUploadNotFoundException(key, uploadId);
        }
        return new Upload(key, uploadId, directory, state.getProperty("contentType", ContentTypes.DEFAULT));
    }

    /** Removes the upload; the state file goes first so that a half-removed upload counts as gone. */
    void remove(Upload upload) throws IOException {
        Files.deleteIfExists(upload.directory().resolve(UPLOAD_FILE));
        try (Stream<Path> files = Files.list(upload.directory())) {
            for (Path file : (Iterable<Path>) files::iterator) {
                Files.deleteIfExists(file);
            }
        } catch (NoSuchFileException e) {
            return;
        }
        Files.deleteIfExists(upload.directory());
    }

    private static Path partFile(Upload upload, int partNumber) {
        return upload.directory().resolve(String.format("part-%05d", partNumber));
    }

    private static PartInfo partInfo(int partNumber, Path file) throws IOException {
        BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
        return new PartInfo(partNumber, FileEtag.of(attributes), attributes.size());
    }
}
