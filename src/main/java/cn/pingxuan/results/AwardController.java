package cn.pingxuan.results;

import cn.pingxuan.account.Sessions;
import cn.pingxuan.common.ClientAddress;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import java.util.List;

/** Organizers setting award tiers, allocating them from the final ranking and adjusting the award list. */
@Controller("/api/organize")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "results")
class AwardController {

    private final AwardTierService tiers;
    private final AwardAllocator allocator;
    private final AwardService awards;
    private final Sessions sessions;
    private final ClientAddress clientAddress;

    AwardController(AwardTierService tiers, AwardAllocator allocator, AwardService awards, Sessions sessions,
                    ClientAddress clientAddress) {
        this.tiers = tiers;
        this.allocator = allocator;
        this.awards = awards;
        this.sessions = sessions;
        this.clientAddress = clientAddress;
    }

    @Get("/contests/{contestId}/award-tiers")
    List<TierView> tiers(long contestId, Authentication authentication) {
        return tiers.list(sessions.require(authentication), contestId);
    }

    @Put("/contests/{contestId}/award-tiers")
    List<TierView> replaceTiers(long contestId, @Body @Valid TierForm form, Authentication authentication,
                                HttpRequest<?> request) {
        return tiers.replace(sessions.require(authentication), contestId, form, clientAddress.of(request));
    }

    @Post("/contests/{contestId}/awards/preview")
    AllocationView preview(long contestId, @Body AllocationForm form, Authentication authentication) {
        return allocator.preview(sessions.require(authentication), contestId, form);
    }

    @Post("/contests/{contestId}/awards/allocate")
    AllocationView allocate(long contestId, @Body AllocationForm form, Authentication authentication,
                            HttpRequest<?> request) {
        return allocator.allocate(sessions.require(authentication), contestId, form, clientAddress.of(request));
    }

    @Get("/contests/{contestId}/awards")
    List<AwardView> list(long contestId, Authentication authentication) {
        return awards.list(sessions.require(authentication), contestId);
    }

    @Post("/contests/{contestId}/awards")
    HttpResponse<AwardView> add(long contestId, @Body AwardChangeForm form, Authentication authentication,
                                HttpRequest<?> request) {
        return HttpResponse.created(awards.add(sessions.require(authentication), contestId, form, clientAddress.of(request)));
    }

    @Put("/awards/{awardId}")
    AwardView changeTier(long awardId, @Body AwardChangeForm form, Authentication authentication, HttpRequest<?> request) {
        return awards.changeTier(sessions.require(authentication), awardId, form, clientAddress.of(request));
    }

    @Post("/awards/{awardId}/revoke")
    AwardView revoke(long awardId, @Body AwardChangeForm form, Authentication authentication, HttpRequest<?> request) {
        return awards.revoke(sessions.require(authentication), awardId, form, clientAddress.of(request));
    }
}
