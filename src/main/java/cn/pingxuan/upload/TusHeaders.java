package cn.pingxuan.upload;

import io.micronaut.core.annotation.Nullable;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Names and formats of the tus 1.0.0 headers. */
final class TusHeaders {

    static final String VERSION = "1.0.0";
    static final String EXTENSIONS = "creation,termination,expiration";
    static final String OFFSET_OCTET_STREAM = "application/offset+octet-stream";

    static final String TUS_RESUMABLE = "Tus-Resumable";
    static final String TUS_VERSION = "Tus-Version";
    static final String TUS_EXTENSION = "Tus-Extension";
    static final String TUS_MAX_SIZE = "Tus-Max-Size";
    static final String UPLOAD_LENGTH = "Upload-Length";
    static final String UPLOAD_DEFER_LENGTH = "Upload-Defer-Length";
    static final String UPLOAD_OFFSET = "Upload-Offset";
    static final String UPLOAD_METADATA = "Upload-Metadata";
    static final String UPLOAD_EXPIRES = "Upload-Expires";
    static final String METHOD_OVERRIDE = "X-HTTP-Method-Override";

    /** RFC 7231 IMF-fixdate, e.g. "Wed, 09 Jun 2021 10:18:14 GMT". */
    private static final DateTimeFormatter HTTP_DATE =
            DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.ENGLISH).withZone(ZoneOffset.UTC);
    /** Enough digits for any length a long can hold, so parsing cannot overflow. */
    private static final int MAX_DIGITS = 18;

    private TusHeaders() {
    }

    static String httpDate(Instant instant) {
        return HTTP_DATE.format(instant);
    }

    /** A non-negative integer header (Upload-Length, Upload-Offset); 400 when it is anything else. */
    static long nonNegative(String header, String value) {
        String trimmed = value.strip();
        if (trimmed.isEmpty() || trimmed.length() > MAX_DIGITS || !trimmed.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw UploadProblems.invalidNumber(header);
        }
        return Long.parseLong(trimmed);
    }

    static boolean isOffsetOctetStream(@Nullable String contentType) {
        if (contentType == null) {
            return false;
        }
        int parameters = contentType.indexOf(';');
        String type = parameters < 0 ? contentType : contentType.substring(0, parameters);
        return type.strip().equalsIgnoreCase(OFFSET_OCTET_STREAM);
    }
}
