package cn.pingxuan.upload;

/**
 * A finished upload handed to {@link UploadPurpose#completed}.
 *
 * @param blobKey      where the file now is, as planned
 * @param fileName     the name the student's file had (cleaned of paths and control characters); for display only
 * @param size         bytes, equal to the declared length
 * @param detectedType what the content is, judged from its bytes
 * @param sha256       lower-case hex digest of the stored file
 */
public record CompletedUpload(
        String uploadId,
        long userId,
        String subjectRef,
        String blobKey,
        String fileName,
        long size,
        FileType detectedType,
        String sha256) {
}
