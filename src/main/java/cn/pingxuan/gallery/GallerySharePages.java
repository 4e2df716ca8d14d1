package cn.pingxuan.gallery;

import cn.pingxuan.common.HttpProperties;
import cn.pingxuan.common.ProblemException;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.io.ResourceResolver;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.server.util.HttpHostResolver;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Hidden;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * The gallery's page addresses get the single-page app like any other page, but with link-preview tags for a
 * published contest or work; anything unpublished gets the plain app, which then shows its own "not found".
 */
@Controller("/gallery")
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
@Hidden
class GallerySharePages {

    private final GalleryService gallery;
    private final ResourceResolver resources;
    private final HttpHostResolver hosts;
    private final HttpProperties http;
    /** The built app's index.html unless configured otherwise (tests use their own). */
    private final String template;

    GallerySharePages(GalleryService gallery, ResourceResolver resources, HttpHostResolver hosts, HttpProperties http,
                      @Value("${pingxuan.gallery.page-template:}") String template) {
        this.gallery = gallery;
        this.resources = resources;
        this.hosts = hosts;
        this.http = http;
        this.template = template.isBlank() ? "classpath:public/index.html" : template;
    }

    @Get(uri = "/{slug}", produces = MediaType.TEXT_HTML)
    MutableHttpResponse<String> page(String slug, HttpRequest<?> request) {
        return html(gallery.preview(slug), request);
    }

    @Get(uri = "/{slug}/works/{code}", produces = MediaType.TEXT_HTML)
    MutableHttpResponse<String> work(String slug, String code, HttpRequest<?> request) {
        return html(gallery.preview(slug, code), request);
    }

    private MutableHttpResponse<String> html(Optional<SharePreview.Meta> preview, HttpRequest<?> request) {
        String index = index();
        String base = http.publicUrl().isBlank() ? hosts.resolve(request) : http.publicUrl().replaceAll("/+$", "");
        return HttpResponse.ok(preview.map(meta -> SharePreview.inject(index, meta, base)).orElse(index))
                .contentType("text/html;charset=utf-8")
                .header(HttpHeaders.CACHE_CONTROL, "no-cache");
    }

    private String index() {
        try (InputStream in = resources.getResourceAsStream(template)
                .orElseThrow(() -> ProblemException.notFound("请求的内容不存在"))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
