package cn.pingxuan.entry;

import cn.pingxuan.account.Sessions;
import cn.pingxuan.common.ClientAddress;
import cn.pingxuan.common.PageResult;
import cn.pingxuan.media.AssetDelivery;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import java.util.List;

/** Eligibility review by organizers and recommendation by unit admins, per contest. */
@Controller("/api/contests/{contestId}/screening")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "screening")
class ScreeningController {

    private final ScreeningService screening;
    private final SimilarityReview similarity;
    private final AssetDelivery delivery;
    private final Sessions sessions;
    private final ClientAddress clientAddress;

    ScreeningController(ScreeningService screening, SimilarityReview similarity, AssetDelivery delivery, Sessions sessions,
                        ClientAddress clientAddress) {
        this.screening = screening;
        this.similarity = similarity;
        this.delivery = delivery;
        this.sessions = sessions;
        this.clientAddress = clientAddress;
    }

    @Get
    PageResult<EntryView> list(long contestId, @Nullable @QueryValue Long categoryId, @Nullable @QueryValue Long unitId,
                               @Nullable @QueryValue EntryStatus status, @Nullable @QueryValue String q,
                               @QueryValue(defaultValue = "0") int page, @QueryValue(defaultValue = "20") int size,
                               Authentication authentication) {
        return screening.list(sessions.require(authentication), contestId,
                new ScreeningService.Filter(categoryId, unitId, status, q), page, size);
    }

    @Get("/{entryId}/similar")
    List<SimilarityReview.Pair> similar(long contestId, long entryId, Authentication authentication) {
        return similarity.pairs(sessions.require(authentication), contestId, entryId);
    }

    @Get("/{entryId}/similar/{otherEntryId}/files/{assetId}")
    MutableHttpResponse<?> similarFile(long contestId, long entryId, long otherEntryId, long assetId,
                                       @Nullable @Header(HttpHeaders.RANGE) String range, Authentication authentication) {
        return delivery.deliver(similarity.otherRendition(sessions.require(authentication), contestId, entryId, otherEntryId,
                assetId), range);
    }

    @Post("/{entryId}/review")
    EntryView review(long contestId, long entryId, @Body @Valid ReviewDecision decision, Authentication authentication,
                     HttpRequest<?> request) {
        return screening.review(sessions.require(authentication), contestId, entryId, decision, clientAddress.of(request));
    }

    @Post("/approve-all")
    ReviewDecision.BulkResult approveAll(long contestId, @Body @Valid ReviewDecision.Bulk bulk, Authentication authentication,
                                         HttpRequest<?> request) {
        return screening.approveAll(sessions.require(authentication), contestId, bulk.entryIds(), clientAddress.of(request));
    }

    @Post("/{entryId}/recommendation")
    EntryView recommend(long contestId, long entryId, Authentication authentication, HttpRequest<?> request) {
        return screening.recommend(sessions.require(authentication), contestId, entryId, clientAddress.of(request));
    }

    @Delete("/{entryId}/recommendation")
    EntryView withdrawRecommendation(long contestId, long entryId, Authentication authentication, HttpRequest<?> request) {
        return screening.withdrawRecommendation(sessions.require(authentication), contestId, entryId, clientAddress.of(request));
    }
}
