package cn.pingxuan.contest;

import cn.pingxuan.account.Sessions;
import cn.pingxuan.common.ClientAddress;
import cn.pingxuan.common.PageResult;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

/** Organizers set contests up and move them along their timeline. */
@Controller("/api/organize/contests")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "contests")
class ContestAdminController {

    private final ContestService contests;
    private final Sessions sessions;
    private final ClientAddress clientAddress;

    ContestAdminController(ContestService contests, Sessions sessions, ClientAddress clientAddress) {
        this.contests = contests;
        this.sessions = sessions;
        this.clientAddress = clientAddress;
    }

    @Get
    PageResult<ContestSummary> list(@QueryValue(defaultValue = "0") int page, @QueryValue(defaultValue = "20") int size,
                                    Authentication authentication) {
        return contests.managedList(sessions.require(authentication), page, size);
    }

    @Post
    HttpResponse<ContestDetail> create(@Body @Valid ContestForm form, Authentication authentication, HttpRequest<?> request) {
        return HttpResponse.created(contests.create(sessions.require(authentication), form, clientAddress.of(request)));
    }

    @Put("/{id}")
    ContestDetail update(long id, @Body @Valid ContestForm form, Authentication authentication, HttpRequest<?> request) {
        return contests.update(sessions.require(authentication), id, form, clientAddress.of(request));
    }

    @Post("/{id}/status")
    ContestDetail changeStatus(long id, @Body @Valid StatusChange change, Authentication authentication, HttpRequest<?> request) {
        return contests.changeStatus(sessions.require(authentication), id, change.status(), clientAddress.of(request));
    }
}
