package cn.pingxuan.results;

import cn.pingxuan.account.Sessions;
import cn.pingxuan.common.ClientAddress;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.tags.Tag;

import java.util.List;

/** The public results list (公示名单) and the objections signed-in users file against it. */
@Controller("/api/contests/{slug}")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "results")
class PublicityController {

    private final PublicityService publicity;
    private final ObjectionService objections;
    private final Sessions sessions;
    private final ClientAddress clientAddress;

    PublicityController(PublicityService publicity, ObjectionService objections, Sessions sessions,
                        ClientAddress clientAddress) {
        this.publicity = publicity;
        this.objections = objections;
        this.sessions = sessions;
        this.clientAddress = clientAddress;
    }

    @Get("/publicity")
    @Secured(SecurityRule.IS_ANONYMOUS)
    PublicityList list(String slug) {
        return publicity.publicList(slug);
    }

    @Post("/objections")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    HttpResponse<ObjectionView> file(String slug, @Body ObjectionForm form, Authentication authentication,
                                     HttpRequest<?> request) {
        return HttpResponse.created(objections.file(sessions.require(authentication), slug, form, clientAddress.of(request)));
    }

    @Get("/objections/mine")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    List<ObjectionView> mine(String slug, Authentication authentication) {
        return objections.mine(sessions.require(authentication), slug);
    }
}
