package cn.pingxuan.contest;

import cn.pingxuan.account.Sessions;
import cn.pingxuan.common.PageResult;
import cn.pingxuan.common.ProblemException;
import cn.pingxuan.storage.BlobInfo;
import cn.pingxuan.storage.BlobStore;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.server.types.files.StreamedFile;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The public side: anyone, signed in or not, may read published contests. */
@Controller("/api/contests")
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "contests")
class ContestController {

    private final ContestService contests;
    private final Sessions sessions;
    private final BlobStore blobs;

    ContestController(ContestService contests, Sessions sessions, BlobStore blobs) {
        this.contests = contests;
        this.sessions = sessions;
        this.blobs = blobs;
    }

    @Get
    PageResult<ContestSummary> list(@QueryValue(defaultValue = "0") int page, @QueryValue(defaultValue = "20") int size) {
        return contests.publicList(page, size);
    }

    /** The cover image; the URL carries the image's version, so it may be cached for long. */
    @Get("/{slugOrId}/cover")
    MutableHttpResponse<?> cover(String slugOrId, @Nullable Authentication authentication) {
        String key = contests.coverKey(sessions.optional(authentication).orElse(null), slugOrId)
                .orElseThrow(() -> ProblemException.notFound("比赛没有封面图片"));
        BlobInfo info = blobs.stat(key).orElseThrow(() -> ProblemException.notFound("比赛没有封面图片"));
        return HttpResponse.ok(new StreamedFile(blobs.get(key), MediaType.of(info.contentType()),
                        info.lastModified().toEpochMilli(), info.size()))
                .header(HttpHeaders.CACHE_CONTROL, "public, max-age=31536000, immutable")
                .header("X-Content-Type-Options", "nosniff");
    }

    @Get("/{slugOrId}")
    ContestDetail view(String slugOrId, @Nullable Authentication authentication) {
        return contests.view(sessions.optional(authentication).orElse(null), slugOrId);
    }
}
