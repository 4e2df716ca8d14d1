package cn.pingxuan.common;

import cn.pingxuan.storage.BlobStore;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpHeaders;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;

/**
 * Headers that keep every answer from being sniffed, framed or leaking its address, and a Content-Security-Policy
 * that lets pages run only the app's own scripts: whatever a student types can at worst be shown, never run.
 * Styles allow inline attributes (Element Plus positions popups with them); media may also come from the object
 * store when it hands out presigned URLs. Swagger UI's page is the one place with an inline script of its own.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
public class SecurityHeadersFilter implements Ordered {

    static final String API_DOCS_PATH = "/swagger-ui";

    private final String policy;
    private final String apiDocsPolicy;

    public SecurityHeadersFilter(BlobStore blobs) {
        String media = blobs.presignedReadOrigin().map(origin -> " " + origin).orElse("");
        this.policy = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:"
                + media + "; media-src 'self' blob:" + media + "; font-src 'self' data:; connect-src 'self'; "
                + "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";
        this.apiDocsPolicy = policy.replace("script-src 'self'", "script-src 'self' 'unsafe-inline'");
    }

    /** First in, last out: it also sees the answers that security and CSRF checks give before any controller. */
    @Override
    public int getOrder() {
        return HIGHEST_PRECEDENCE;
    }

    @ResponseFilter
    public void secure(HttpRequest<?> request, MutableHttpResponse<?> response) {
        MutableHttpHeaders headers = response.getHeaders();
        headers.set("Content-Security-Policy", request.getPath().startsWith(API_DOCS_PATH) ? apiDocsPolicy : policy);
        headers.set("X-Content-Type-Options", "nosniff");
        headers.set("X-Frame-Options", "DENY");
        headers.set("Referrer-Policy", "same-origin");
        headers.set("Permissions-Policy", "camera=(), microphone=(), geolocation=(), payment=()");
        if (!headers.contains(HttpHeaders.CACHE_CONTROL) && request.getPath().startsWith("/api/")) {
            headers.set(HttpHeaders.CACHE_CONTROL, "no-store");
        }
    }
}
