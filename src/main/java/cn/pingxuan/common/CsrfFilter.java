package cn.pingxuan.common;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.http.cookie.SameSite;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;

import java.security.MessageDigest;
import java.security.SecureRandom;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Set;

/**
 * Double-submit CSRF protection for the cookie session: every state-changing API request must echo the
 * readable {@code XSRF-TOKEN} cookie in the {@code X-XSRF-TOKEN} header, which another site cannot read.
 * The cookie is issued on the first API response that lacks it.
 */
@ServerFilter("/api/**")
public class CsrfFilter implements Ordered {

    public static final String COOKIE = "XSRF-TOKEN";
    public static final String HEADER = "X-XSRF-TOKEN";
    private static final Set<HttpMethod> SAFE = Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS, HttpMethod.TRACE);

    private final SecureRandom random = new SecureRandom();
    private final ErrorResponseProcessor<?> responses;
    private final boolean secureCookie;

    public CsrfFilter(ErrorResponseProcessor<?> responses, HttpProperties properties) {
        this.responses = responses;
        this.secureCookie = properties.cookieSecure();
    }

    @Override
    public int getOrder() {
        // before authentication, so a forged request is refused whoever it claims to be
        return -1000;
    }

    @RequestFilter
    @Nullable
    public HttpResponse<?> verify(HttpRequest<?> request) {
        if (SAFE.contains(request.getMethod())) {
            return null;
        }
        String cookie = request.getCookies().findCookie(COOKIE).map(Cookie::getValue).orElse(null);
        String header = request.getHeaders().get(HEADER);
        if (cookie != null && header != null && constantTimeEquals(cookie, header)) {
            return null;
        }
        ProblemException problem = new ProblemException(HttpStatus.FORBIDDEN, "csrf", "页面已过期或请求来源不可信，请刷新页面后重试");
        return responses.processResponse(ErrorContext.builder(request).cause(problem).build(), HttpResponse.status(HttpStatus.FORBIDDEN));
    }

    @ResponseFilter
    public void issue(HttpRequest<?> request, MutableHttpResponse<?> response) {
        if (request.getCookies().findCookie(COOKIE).isPresent()) {
            return;
        }
        byte[] token = new byte[32];
        random.nextBytes(token);
        response.cookie(Cookie.of(COOKIE, Base64.getUrlEncoder().withoutPadding().encodeToString(token))
                .path("/")
                .httpOnly(false)
                .secure(secureCookie)
                .sameSite(SameSite.Strict));
    }

    private static boolean constantTimeEquals(String a, String b) {
        return MessageDigest.isEqual(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
    }
}
