package cn.pingxuan.storage;

import java.nio.file.attribute.BasicFileAttributes;
import java.util.concurrent.TimeUnit;

/** Etags for files that change whenever a file is replaced, without hashing its content. */
final class FileEtag {

    private FileEtag() {
    }

    static String of(BasicFileAttributes attributes) {
        String etag = Long.toHexString(attributes.lastModifiedTime().to(TimeUnit.NANOSECONDS))
                + "-" + Long.toHexString(attributes.size());
        // every write is a rename of a new file, so the inode tells apart rewrites within one mtime tick
        Object fileKey = attributes.fileKey();
        return fileKey == null ? etag : etag + "-" + Integer.toHexString(fileKey.hashCode());
    }
}
