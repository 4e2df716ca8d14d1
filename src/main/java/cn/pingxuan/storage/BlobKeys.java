package cn.pingxuan.storage;

/**
 * The key rules every store enforces, e.g. {@code entries/42/original/3f9a.mp4}: segments of
 * {@code [A-Za-z0-9._-]} separated by single {@code /}, no {@code .} or {@code ..} segment, at most
 * {@value #MAX_LENGTH} characters. Keys therefore map onto file paths and S3 object names unchanged.
 */
public final class BlobKeys {

    public static final int MAX_LENGTH = 512;

    private BlobKeys() {
    }

    /** Returns the key unchanged or throws {@link InvalidBlobKeyException} saying what is wrong with it. */
    public static String requireValid(String key) {
        if (key == null || key.isEmpty()) {
            throw invalid(key, "must not be empty");
        }
        if (key.length() > MAX_LENGTH) {
            throw invalid(key, "is " + key.length() + " characters long; the limit is " + MAX_LENGTH);
        }
        if (key.startsWith("/")) {
            throw invalid(key, "must not start with '/'");
        }
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            if (c == '\\') {
                throw invalid(key, "must not contain a backslash; '/' is the separator");
            }
            if (!isAllowed(c)) {
                throw invalid(key, "contains " + describe(c) + " at index " + i
                        + "; allowed are A-Z a-z 0-9 . _ - and / between segments");
            }
        }
        for (String segment : key.split("/", -1)) {
            if (segment.isEmpty()) {
                throw invalid(key, "has an empty segment (leading, trailing or doubled '/')");
            }
            if (segment.equals(".") || segment.equals("..")) {
                throw invalid(key, "must not contain a '" + segment + "' segment");
            }
        }
        return key;
    }

    private static boolean isAllowed(char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
                || c == '.' || c == '_' || c == '-' || c == '/';
    }

    private static String describe(char c) {
        return c >= 0x21 && c <= 0x7e ? "'" + c + "'" : String.format("U+%04X", (int) c);
    }

    private static InvalidBlobKeyException invalid(String key, String problem) {
        return new InvalidBlobKeyException("invalid blob key " + quote(key) + ": " + problem);
    }

    private static String quote(String key) {
        if (key == null) {
            return "null";
        }
        String shown = key.length() > 80 ? key.substring(0, 80) + "…" : key;
        return "'" + shown.replaceAll("\\p{Cntrl}", "?") + "'";
    }
}
