package cn.pingxuan.common;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/** RFC 9457 problem document. {@code detail} is written for the user, in Chinese. */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(
        String type,
        String title,
        int status,
        String detail,
        String instance,
        List<FieldError> errors,
        Long retryAfterSeconds,
        Object report) {

    public static final String TYPE_BASE = "https://pingxuan.cn/problems/";
    public static final String MEDIA_TYPE = "application/problem+json";
}
