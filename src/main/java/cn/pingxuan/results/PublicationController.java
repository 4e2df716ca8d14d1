package cn.pingxuan.results;

import cn.pingxuan.account.Sessions;
import cn.pingxuan.common.ClientAddress;
import io.micronaut.http.HttpRequest;
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

import java.util.List;

/** Organizers taking results through the publicity period (公示), answering objections and publishing. */
@Controller("/api/organize")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "results")
class PublicationController {

    private final PublicityService publicity;
    private final ObjectionService objections;
    private final Sessions sessions;
    private final ClientAddress clientAddress;

    PublicationController(PublicityService publicity, ObjectionService objections, Sessions sessions,
                          ClientAddress clientAddress) {
        this.publicity = publicity;
        this.objections = objections;
        this.sessions = sessions;
        this.clientAddress = clientAddress;
    }

    @Get("/contests/{contestId}/results")
    ResultsOverview overview(long contestId, Authentication authentication) {
        return publicity.overview(sessions.require(authentication), contestId);
    }

    @Put("/contests/{contestId}/results/display")
    ResultsOverview display(long contestId, @Body DisplayForm form, Authentication authentication, HttpRequest<?> request) {
        return publicity.display(sessions.require(authentication), contestId, form, clientAddress.of(request));
    }

    @Post("/contests/{contestId}/publicity")
    ResultsOverview startPublicity(long contestId, @Body PublicityForm form, Authentication authentication,
                                   HttpRequest<?> request) {
        return publicity.startPublicity(sessions.require(authentication), contestId, form, clientAddress.of(request));
    }

    @Put("/contests/{contestId}/publicity")
    ResultsOverview changePublicityEnd(long contestId, @Body PublicityForm form, Authentication authentication,
                                       HttpRequest<?> request) {
        return publicity.changePublicityEnd(sessions.require(authentication), contestId, form, clientAddress.of(request));
    }

    @Post("/contests/{contestId}/publish")
    ResultsOverview publish(long contestId, Authentication authentication, HttpRequest<?> request) {
        return publicity.publish(sessions.require(authentication), contestId, clientAddress.of(request));
    }

    @Get("/contests/{contestId}/objections")
    List<ObjectionView> objections(long contestId, Authentication authentication) {
        return objections.list(sessions.require(authentication), contestId);
    }

    @Post("/objections/{objectionId}/answer")
    ObjectionView answer(long objectionId, @Body ObjectionAnswer answer, Authentication authentication,
                         HttpRequest<?> request) {
        return objections.answer(sessions.require(authentication), objectionId, answer, clientAddress.of(request));
    }
}
