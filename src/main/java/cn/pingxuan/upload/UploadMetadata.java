package cn.pingxuan.upload;

import cn.pingxuan.common.ProblemException;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpStatus;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The tus {@code Upload-Metadata} header: comma-separated {@code key base64(value)} pairs, keys unique. Values
 * are UTF-8 text; the header is kept as received (it passed these checks) to be echoed on HEAD.
 *
 * @param values decoded values by key
 */
record UploadMetadata(String header, Map<String, String> values) {

    static final String PURPOSE = "purpose";
    static final String FILE_NAME = "filename";
    static final String FILE_TYPE = "filetype";
    static final int MAX_FILE_NAME_LENGTH = 200;

    UploadMetadata {
        values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    static UploadMetadata parse(@Nullable String header) {
        if (header == null || header.isBlank()) {
            throw invalid("缺少上传信息（Upload-Metadata），请刷新页面后重试");
        }
        Map<String, String> values = new LinkedHashMap<>();
        for (String pair : header.split(",", -1)) {
            String trimmed = pair.strip();
            int space = trimmed.indexOf(' ');
            String key = space < 0 ? trimmed : trimmed.substring(0, space);
            String encoded = space < 0 ? "" : trimmed.substring(space + 1).strip();
            if (!isValidKey(key)) {
                throw invalid("上传信息（Upload-Metadata）的格式不正确");
            }
            if (values.put(key, decode(encoded)) != null) {
                throw invalid("上传信息（Upload-Metadata）中的“" + key + "”重复了");
            }
        }
        return new UploadMetadata(header.strip(), values);
    }

    @Nullable
    String get(String key) {
        return values.get(key);
    }

    @Nullable
    String purpose() {
        return values.get(PURPOSE);
    }

    /** The last path segment of the client's file name, without control characters, at most 200 characters. */
    String fileName() {
        String name = values.getOrDefault(FILE_NAME, "");
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = name.replaceAll("\\p{Cntrl}", "").strip();
        if (name.isEmpty()) {
            throw invalid("缺少文件名，请重新选择文件");
        }
        return name.codePointCount(0, name.length()) <= MAX_FILE_NAME_LENGTH ? name
                : name.substring(0, name.offsetByCodePoints(0, MAX_FILE_NAME_LENGTH));
    }

    /** The browser's claim about the type, kept for diagnosis only. */
    @Nullable
    String declaredType() {
        String type = values.get(FILE_TYPE);
        if (type == null || type.isBlank()) {
            return null;
        }
        String clean = type.replaceAll("\\p{Cntrl}", "").strip();
        return clean.length() <= 255 ? clean : clean.substring(0, 255);
    }

    /** Keys are printable ASCII without spaces or commas: they end up in logs and the echoed header. */
    private static boolean isValidKey(String key) {
        if (key.isEmpty()) {
            return false;
        }
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            if (c <= ' ' || c >= 0x7F || c == ',') {
                return false;
            }
        }
        return true;
    }

    private static String decode(String encoded) {
        try {
            byte[] bytes = Base64.getDecoder().decode(encoded);
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (IllegalArgumentException | CharacterCodingException e) {
            throw invalid("上传信息（Upload-Metadata）的格式不正确");
        }
    }

    private static ProblemException invalid(String detail) {
        return new ProblemException(HttpStatus.BAD_REQUEST, "upload-metadata", detail);
    }
}
