package cn.pingxuan.common;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.core.annotation.NonNull;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.server.exceptions.response.Error;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import jakarta.inject.Singleton;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Every error response of the server, thrown by our code or raised by the framework (unknown route,
 * bad JSON, failed validation, missing login), becomes one problem+json shape with a Chinese detail.
 */
@Singleton
@Replaces(ErrorResponseProcessor.class)
public class ProblemResponses implements ErrorResponseProcessor<Problem> {

    @Override
    @NonNull
    public MutableHttpResponse<Problem> processResponse(@NonNull ErrorContext context, @NonNull MutableHttpResponse<?> base) {
        Throwable cause = context.getRootCause().orElse(null);
        Problem problem;
        if (cause instanceof ProblemException p) {
            Long retryAfter = null;
            if (p instanceof RetryLater later) {
                retryAfter = Math.max(1, later.retryAfter().toSeconds());
                base.header(HttpHeaders.RETRY_AFTER, String.valueOf(retryAfter));
            }
            problem = problem(p.status(), p.code(), p.getMessage(), p.fieldErrors(), retryAfter, p.extension(), context);
        } else if (cause instanceof ConstraintViolationException v) {
            List<FieldError> errors = fieldErrors(v);
            String detail = errors.isEmpty() ? "提交的内容有误" : errors.get(0).message();
            problem = problem(HttpStatus.BAD_REQUEST, "validation", detail, errors, null, null, context);
            base.status(HttpStatus.BAD_REQUEST);
        } else {
            HttpStatus status = base.getStatus();
            problem = problem(status, codeFor(status), detailFor(status), frameworkFieldErrors(context, status), null, null, context);
        }
        return base.contentType(MediaType.of(Problem.MEDIA_TYPE)).body(problem);
    }

    private static Problem problem(HttpStatus status, String code, String detail, List<FieldError> errors,
                                   Long retryAfter, Object report, ErrorContext context) {
        return new Problem(Problem.TYPE_BASE + code, titleFor(status), status.getCode(), detail,
                context.getRequest().getPath(), errors, retryAfter, report);
    }

    static List<FieldError> fieldErrors(ConstraintViolationException exception) {
        List<FieldError> errors = new ArrayList<>();
        for (ConstraintViolation<?> violation : exception.getConstraintViolations()) {
            errors.add(new FieldError(fieldName(violation.getPropertyPath()), violation.getMessage()));
        }
        errors.sort(Comparator.comparing(FieldError::field));
        return errors;
    }

    /**
     * "create.request.members[0].name" → "members[0].name": the method and parameter are not the user's business.
     * A node's index belongs to the container before it (bean validation puts it on the element's node).
     */
    private static String fieldName(Path path) {
        StringBuilder name = new StringBuilder();
        for (Path.Node node : path) {
            if (node.getKind() == ElementKind.METHOD || node.getKind() == ElementKind.PARAMETER
                    || node.getKind() == ElementKind.CONSTRUCTOR || node.getKind() == ElementKind.RETURN_VALUE) {
                continue;
            }
            if (node.getIndex() != null) {
                name.append('[').append(node.getIndex()).append(']');
            }
            if (node.getName() != null && !node.getName().startsWith("<")) {
                if (!name.isEmpty()) {
                    name.append('.');
                }
                name.append(node.getName());
            }
        }
        return name.isEmpty() ? "body" : name.toString();
    }

    private static List<FieldError> frameworkFieldErrors(ErrorContext context, HttpStatus status) {
        if (status != HttpStatus.BAD_REQUEST) {
            return List.of();
        }
        List<FieldError> errors = new ArrayList<>();
        for (Error error : context.getErrors()) {
            error.getPath().ifPresent(path -> errors.add(new FieldError(path.replaceFirst("^/", ""), "缺少此项或格式不正确")));
        }
        return errors;
    }

    private static String codeFor(HttpStatus status) {
        return switch (status) {
            case BAD_REQUEST -> "bad-request";
            case UNAUTHORIZED -> "unauthorized";
            case FORBIDDEN -> "forbidden";
            case NOT_FOUND -> "not-found";
            case METHOD_NOT_ALLOWED -> "method-not-allowed";
            case CONFLICT -> "conflict";
            case REQUEST_ENTITY_TOO_LARGE -> "payload-too-large";
            case UNSUPPORTED_MEDIA_TYPE -> "unsupported-media-type";
            case TOO_MANY_REQUESTS -> "too-many-requests";
            default -> status.getCode() >= 500 ? "server-error" : "http-" + status.getCode();
        };
    }

    private static String detailFor(HttpStatus status) {
        return switch (status) {
            case BAD_REQUEST -> "请求格式不正确，请检查后重试";
            case UNAUTHORIZED -> "请先登录";
            case FORBIDDEN -> "没有权限执行此操作";
            case NOT_FOUND -> "请求的内容不存在";
            case METHOD_NOT_ALLOWED -> "不支持此请求方法";
            case CONFLICT -> "操作与当前数据冲突，请刷新后重试";
            case REQUEST_ENTITY_TOO_LARGE -> "提交的内容过大";
            case UNSUPPORTED_MEDIA_TYPE -> "不支持此内容类型";
            case TOO_MANY_REQUESTS -> "请求过于频繁，请稍后再试";
            case SERVICE_UNAVAILABLE -> "服务暂时不可用，请稍后再试";
            default -> status.getCode() >= 500 ? "服务器内部错误，请稍后重试" : "请求未能完成";
        };
    }

    private static String titleFor(HttpStatus status) {
        return switch (status) {
            case BAD_REQUEST -> "请求无效";
            case UNAUTHORIZED -> "未登录";
            case FORBIDDEN -> "无权限";
            case NOT_FOUND -> "未找到";
            case CONFLICT -> "数据冲突";
            case UNPROCESSABLE_ENTITY -> "无法处理";
            case TOO_MANY_REQUESTS -> "请求过多";
            case SERVICE_UNAVAILABLE -> "暂时不可用";
            default -> status.getReason();
        };
    }
}
