package cn.pingxuan.report;

import cn.pingxuan.account.Sessions;
import cn.pingxuan.common.ClientAddress;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

/** Per-unit statistics of a contest and the units marked for 优秀组织奖. */
@Controller("/api/organize/contests/{id}")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "reports")
class UnitStatsController {

    private final UnitStatistics statistics;
    private final UnitAwards unitAwards;
    private final Sessions sessions;
    private final ClientAddress clientAddress;

    UnitStatsController(UnitStatistics statistics, UnitAwards unitAwards, Sessions sessions, ClientAddress clientAddress) {
        this.statistics = statistics;
        this.unitAwards = unitAwards;
        this.sessions = sessions;
        this.clientAddress = clientAddress;
    }

    /** {@code parentId}: show the units directly below this one (default: the contest's participant unit). */
    @Get("/unit-stats")
    UnitStatsView stats(long id, @Nullable @QueryValue Long parentId, Authentication authentication) {
        return statistics.stats(sessions.require(authentication), id, parentId);
    }

    @Put("/unit-awards/{unitId}")
    UnitStatsView.Mark mark(long id, long unitId, @Body @Valid UnitAwardForm form, Authentication authentication,
                            HttpRequest<?> request) {
        return unitAwards.mark(sessions.require(authentication), id, unitId, form, clientAddress.of(request));
    }

    @Delete("/unit-awards/{unitId}")
    HttpResponse<Void> unmark(long id, long unitId, Authentication authentication, HttpRequest<?> request) {
        unitAwards.unmark(sessions.require(authentication), id, unitId, clientAddress.of(request));
        return HttpResponse.noContent();
    }
}
