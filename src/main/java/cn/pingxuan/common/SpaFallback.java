package cn.pingxuan.common;

import io.micronaut.core.io.ResourceResolver;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Error;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import io.micronaut.http.server.types.files.StreamedFile;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;

import java.net.URL;
import java.util.Optional;

/**
 * History-mode routing: a page path the server does not know (say /admin/users after a reload) gets the
 * single-page app, whose router draws it. API and asset paths keep their 404 problem.
 */
@Controller
@Secured(SecurityRule.IS_ANONYMOUS)
class SpaFallback {

    private final ResourceResolver resources;
    private final ErrorResponseProcessor<?> responses;

    SpaFallback(ResourceResolver resources, ErrorResponseProcessor<?> responses) {
        this.resources = resources;
        this.responses = responses;
    }

    @Error(status = HttpStatus.NOT_FOUND, global = true)
    HttpResponse<?> notFound(HttpRequest<?> request) {
        Optional<URL> index = resources.getResource("classpath:public/index.html");
        if (isPageRequest(request) && index.isPresent()) {
            return HttpResponse.ok(new StreamedFile(index.get()))
                    .contentType(MediaType.TEXT_HTML_TYPE)
                    .header("Cache-Control", "no-cache");
        }
        return responses.processResponse(ErrorContext.builder(request).build(), HttpResponse.notFound());
    }

    static boolean isPageRequest(HttpRequest<?> request) {
        String path = request.getPath();
        boolean reserved = path.startsWith("/api/") || path.equals("/api") || path.startsWith("/assets/")
                || path.startsWith("/swagger") || path.equals("/health") || path.startsWith("/health/");
        boolean lastSegmentIsFile = path.substring(path.lastIndexOf('/') + 1).contains(".");
        return !reserved && !lastSegmentIsFile
                && (request.getMethod() == HttpMethod.GET || request.getMethod() == HttpMethod.HEAD);
    }
}
