package cn.pingxuan.storage;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Where the filesystem store keeps things under its root. A blob lives at {@code <root>/<key>}; anything
 * else the store writes has '~' in its name, which keys cannot contain:
 * {@code <key>~content-type} beside each blob, temporary files, and {@code <root>/~multipart/<uploadId>/}.
 */
final class FileSystemLayout {

    private static final String CONTENT_TYPE_SUFFIX = StagedFile.INTERNAL_MARK + "content-type";
    private static final Pattern UPLOAD_ID = Pattern.compile("[0-9a-f]{8}(-[0-9a-f]{4}){3}-[0-9a-f]{12}");

    private final Path root;
    private final Path uploads;

    FileSystemLayout(Path configuredRoot) {
        try {
            Files.createDirectories(configuredRoot);
            this.root = configuredRoot.toRealPath();
            this.uploads = Files.createDirectories(root.resolve(StagedFile.INTERNAL_MARK + "multipart"));
        } catch (IOException e) {
            throw new BlobStoreException("cannot use " + configuredRoot + " as blob storage root", e);
        }
    }

    Path root() {
        return root;
    }

    /**
     * The blob's path, refused when it would lie outside the root. Keys are validated, so only a symbolic
     * link under the root could lead outside it; the store follows none.
     */
    Path blobPath(String key) {
        BlobKeys.requireValid(key);
        Path path = root.resolve(key).normalize();
        if (!path.startsWith(root) || path.equals(root)) {
            throw new InvalidBlobKeyException("blob key '" + key + "' resolves outside the storage root");
        }
        for (Path p = path; !p.equals(root); p = p.getParent()) {
            if (Files.isSymbolicLink(p)) {
                throw new InvalidBlobKeyException("blob key '" + key + "' passes through the symbolic link "
                        + root.relativize(p) + "; the store follows none, so no key can lead outside its root");
            }
        }
        return path;
    }

    /** {@link #blobPath}, with its parent directories created. */
    Path blobPathForWrite(String key) throws IOException {
        Path path = blobPath(key);
        Files.createDirectories(path.getParent());
        return path;
    }

    Path contentTypeFile(Path blob) {
        return blob.resolveSibling(blob.getFileName() + CONTENT_TYPE_SUFFIX);
    }

    String newUploadId() {
        return UUID.randomUUID().toString();
    }

    /** Upload ids name directories, so only the ids this store hands out are accepted. */
    Path uploadDirectory(String uploadId) {
        if (uploadId == null || !UPLOAD_ID.matcher(uploadId).matches()) {
            throw new IllegalArgumentException("not an upload id of this store: " + uploadId);
        }
        return uploads.resolve(uploadId);
    }
}
