package cn.pingxuan.gallery;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The public winners' gallery (成果展示): no sign-in, cacheable answers, 404 for anything unpublished. */
@Controller("/api/gallery")
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "gallery")
class GalleryController {

    private final GalleryService gallery;
    private final GalleryMedia media;
    private final Revalidation revalidation;

    GalleryController(GalleryService gallery, GalleryMedia media, Revalidation revalidation) {
        this.gallery = gallery;
        this.media = media;
        this.revalidation = revalidation;
    }

    /** Contests with published results, newest first. */
    @Get
    MutableHttpResponse<?> contests(HttpRequest<?> request) {
        return revalidation.json(request, gallery.contests());
    }

    @Get("/{slug}")
    MutableHttpResponse<?> page(String slug, HttpRequest<?> request) {
        return revalidation.json(request, gallery.page(slug));
    }

    @Get("/{slug}/works/{code}")
    MutableHttpResponse<?> work(String slug, String code, HttpRequest<?> request) {
        return revalidation.json(request, gallery.work(slug, code));
    }

    @Get("/{slug}/works/{code}/media/{assetId}")
    MutableHttpResponse<?> media(String slug, String code, long assetId,
                                 @Nullable @Header(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch,
                                 @Nullable @Header(HttpHeaders.RANGE) String range) {
        return media.deliver(slug, code, assetId, ifNoneMatch, range);
    }
}
