package cn.pingxuan.upload;

import cn.pingxuan.storage.BlobKeys;

import java.util.EnumSet;
import java.util.Set;

/**
 * A purpose's answer to "may this file be uploaded, and where does it go".
 *
 * @param blobKey      where the finished file appears, e.g. {@code entries/42/original/3f9a…}; must be a key no
 *                     other file or upload uses (a fresh random segment), so that an unfinished or abandoned upload
 *                     never touches a file already there
 * @param maxLength    the largest file this purpose accepts here, in bytes
 * @param allowedTypes the types the content may be; only {@link FileType#acceptable()} ones
 * @param subjectRef   what the file belongs to, e.g. {@code entry:42}; handed back in {@link CompletedUpload}
 */
public record UploadPlan(String blobKey, long maxLength, Set<FileType> allowedTypes, String subjectRef) {

    /** Upload state lives under this prefix (see {@link Upload#tailKey()}). */
    static final String RESERVED_PREFIX = "uploads/";
    static final int MAX_SUBJECT_REF_LENGTH = 100;

    public UploadPlan {
        BlobKeys.requireValid(blobKey);
        if (blobKey.startsWith(RESERVED_PREFIX)) {
            throw new IllegalArgumentException("blob keys under '" + RESERVED_PREFIX + "' belong to the upload machinery: " + blobKey);
        }
        if (maxLength < 1) {
            throw new IllegalArgumentException("maxLength must be positive: " + maxLength);
        }
        if (allowedTypes.isEmpty()) {
            throw new IllegalArgumentException("a plan must allow at least one file type");
        }
        allowedTypes.stream().filter(type -> !type.acceptable()).findAny().ifPresent(type -> {
            throw new IllegalArgumentException(type + " files are never accepted");
        });
        if (subjectRef == null || subjectRef.isBlank() || subjectRef.length() > MAX_SUBJECT_REF_LENGTH) {
            throw new IllegalArgumentException("subjectRef must have 1.." + MAX_SUBJECT_REF_LENGTH + " characters: " + subjectRef);
        }
        allowedTypes = Set.copyOf(EnumSet.copyOf(allowedTypes));
    }
}
