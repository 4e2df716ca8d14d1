package cn.pingxuan.storage;

/** Content types end up in HTTP headers (S3) and sidecar files (filesystem): keep them printable ASCII. */
final class ContentTypes {

    static final String DEFAULT = "application/octet-stream";
    private static final int MAX_LENGTH = 255;

    private ContentTypes() {
    }

    static String normalize(String contentType) {
        if (contentType == null || contentType.isBlank()) {
            return DEFAULT;
        }
        String trimmed = contentType.strip();
        if (trimmed.length() > MAX_LENGTH || !trimmed.chars().allMatch(c -> c >= 0x20 && c <= 0x7e)) {
            throw new IllegalArgumentException(
                    "content type must be at most " + MAX_LENGTH + " printable ASCII characters");
        }
        return trimmed;
    }
}
