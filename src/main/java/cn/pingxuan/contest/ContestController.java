package cn.pingxuan.contest;

import cn.pingxuan.account.Sessions;
import cn.pingxuan.common.PageResult;
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

    ContestController(ContestService contests, Sessions sessions) {
        this.contests = contests;
        this.sessions = sessions;
    }

    @Get
    PageResult<ContestSummary> list(@QueryValue(defaultValue = "0") int page, @QueryValue(defaultValue = "20") int size) {
        return contests.publicList(page, size);
    }

    @Get("/{slugOrId}")
    ContestDetail view(String slugOrId, @Nullable Authentication authentication) {
        return contests.view(sessions.optional(authentication).orElse(null), slugOrId);
    }
}
