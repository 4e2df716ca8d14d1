package cn.pingxuan.gallery;

import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;

/**
 * A response that shared caches may keep must not carry a cookie: a proxy would hand one visitor's CSRF token to
 * everyone. The CSRF filter issues its cookie on any answer; this filter runs after it on the way out (a higher
 * precedence) and takes the cookie off the gallery's public answers. Visitors get their token from the next
 * uncached API call, as before any form they could submit.
 */
@ServerFilter("/api/gallery/**")
class PublicCacheFilter implements Ordered {

    @Override
    public int getOrder() {
        return -2000;
    }

    @ResponseFilter
    public void dropCookies(HttpRequest<?> request, MutableHttpResponse<?> response) {
        String cacheControl = response.getHeaders().get(HttpHeaders.CACHE_CONTROL);
        if (cacheControl != null && cacheControl.startsWith("public")) {
            response.getHeaders().remove(HttpHeaders.SET_COOKIE);
        }
    }
}
