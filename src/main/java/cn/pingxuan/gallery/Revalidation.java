package cn.pingxuan.gallery;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/**
 * Public answers that browsers and proxies may keep for a minute and then revalidate. The ETag is a hash of the
 * bytes sent, so a revoked award or withdrawn entry changes it: the next revalidation gets the new answer, never a
 * 304 for the old one.
 */
@Singleton
class Revalidation {

    static final String POLICY = "public, max-age=60";

    private final JsonMapper json;

    Revalidation(JsonMapper json) {
        this.json = json;
    }

    MutableHttpResponse<?> json(HttpRequest<?> request, Object body) {
        byte[] bytes;
        try {
            bytes = json.writeValueAsBytes(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String etag = etagOf(bytes);
        if (matches(request.getHeaders().get(HttpHeaders.IF_NONE_MATCH), etag)) {
            return notModified(etag);
        }
        return HttpResponse.ok(bytes).contentType(MediaType.APPLICATION_JSON_TYPE)
                .header(HttpHeaders.ETAG, etag).header(HttpHeaders.CACHE_CONTROL, POLICY);
    }

    static MutableHttpResponse<?> notModified(String etag) {
        return HttpResponse.notModified().header(HttpHeaders.ETAG, etag).header(HttpHeaders.CACHE_CONTROL, POLICY);
    }

    /** If-None-Match compares weakly (RFC 9110 §13.1.2): a W/ prefix added by a compressing proxy still matches. */
    static boolean matches(@Nullable String ifNoneMatch, String etag) {
        if (ifNoneMatch == null) {
            return false;
        }
        for (String candidate : ifNoneMatch.split(",")) {
            String tag = candidate.trim();
            if (tag.equals("*") || (tag.startsWith("W/") ? tag.substring(2) : tag).equals(etag)) {
                return true;
            }
        }
        return false;
    }

    static String etagOf(byte[] bytes) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(bytes);
            return '"' + Base64.getUrlEncoder().withoutPadding().encodeToString(digest).substring(0, 27) + '"';
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
