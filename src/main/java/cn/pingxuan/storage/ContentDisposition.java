package cn.pingxuan.storage;

import java.nio.charset.StandardCharsets;

/**
 * Builds {@code Content-Disposition: attachment} values (RFC 6266) for download names such as
 * {@code 作品.mp4}: an ASCII {@code filename} fallback plus the exact name as RFC 5987 {@code filename*}.
 */
public final class ContentDisposition {

    private static final String ATTR_CHAR_PUNCTUATION = "!#$&+-.^_`|~";

    private ContentDisposition() {
    }

    public static String attachment(String fileName) {
        return of("attachment", fileName);
    }

    /** For files the browser should show (play a video, display an image) rather than save. */
    public static String inline(String fileName) {
        return of("inline", fileName);
    }

    private static String of(String type, String fileName) {
        String name = fileName.replaceAll("[\\p{Cntrl}/\\\\]", "_").strip();
        if (name.isEmpty()) {
            throw new IllegalArgumentException("download file name must not be blank");
        }
        return type + "; filename=\"" + asciiFallback(name) + "\"; filename*=UTF-8''" + percentEncode(name);
    }

    private static String asciiFallback(String name) {
        StringBuilder fallback = new StringBuilder(name.length());
        name.codePoints().forEach(c -> fallback.append(c >= 0x20 && c < 0x7f && c != '"' ? (char) c : '_'));
        return fallback.toString();
    }

    private static String percentEncode(String name) {
        StringBuilder encoded = new StringBuilder();
        for (byte b : name.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
                    || ATTR_CHAR_PUNCTUATION.indexOf(c) >= 0) {
                encoded.append(c);
            } else {
                encoded.append('%').append(String.format("%02X", b & 0xff));
            }
        }
        return encoded.toString();
    }
}
