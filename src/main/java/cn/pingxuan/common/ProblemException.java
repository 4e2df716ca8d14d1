package cn.pingxuan.common;

import io.micronaut.http.HttpStatus;

import java.util.List;

/**
 * A failure the user should read: carries the HTTP status, a stable code (the last segment of the
 * problem {@code type} URI) and a Chinese {@code detail}. Rendered as RFC 9457 problem+json.
 */
public class ProblemException extends RuntimeException {

    private final HttpStatus status;
    private final String code;
    private final List<FieldError> fieldErrors;
    private final transient Object extension;

    public ProblemException(HttpStatus status, String code, String detail) {
        this(status, code, detail, List.of(), null);
    }

    public ProblemException(HttpStatus status, String code, String detail, List<FieldError> fieldErrors, Object extension) {
        super(detail);
        this.status = status;
        this.code = code;
        this.fieldErrors = List.copyOf(fieldErrors);
        this.extension = extension;
    }

    public static ProblemException notFound(String detail) {
        return new ProblemException(HttpStatus.NOT_FOUND, "not-found", detail);
    }

    public static ProblemException forbidden(String detail) {
        return new ProblemException(HttpStatus.FORBIDDEN, "forbidden", detail);
    }

    public static ProblemException conflict(String detail) {
        return new ProblemException(HttpStatus.CONFLICT, "conflict", detail);
    }

    public static ProblemException badRequest(String detail) {
        return new ProblemException(HttpStatus.BAD_REQUEST, "bad-request", detail);
    }

    /** A single invalid field, reported like a bean-validation failure so the UI can place it. */
    public static ProblemException invalidField(String field, String message) {
        return new ProblemException(HttpStatus.BAD_REQUEST, "validation", message, List.of(new FieldError(field, message)), null);
    }

    public HttpStatus status() {
        return status;
    }

    public String code() {
        return code;
    }

    public List<FieldError> fieldErrors() {
        return fieldErrors;
    }

    /** Extra member of the problem document (e.g. an import report), or null. */
    public Object extension() {
        return extension;
    }
}
