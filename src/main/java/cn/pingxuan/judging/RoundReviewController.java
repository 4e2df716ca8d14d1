package cn.pingxuan.judging;

import cn.pingxuan.account.Sessions;
import cn.pingxuan.common.ClientAddress;
import io.micronaut.http.HttpRequest;
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
import jakarta.validation.Valid;

import java.util.List;

/** What organizers watch while a round is scored: progress, judges' statistics and flags. */
@Controller("/api/organize/rounds/{roundId}")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "judging-rounds")
class RoundReviewController {

    private final RoundProgressService progress;
    private final FlagReviewService flags;
    private final Sessions sessions;
    private final ClientAddress clientAddress;

    RoundReviewController(RoundProgressService progress, FlagReviewService flags, Sessions sessions,
                          ClientAddress clientAddress) {
        this.progress = progress;
        this.flags = flags;
        this.sessions = sessions;
        this.clientAddress = clientAddress;
    }

    @Get("/progress")
    ProgressView progress(long roundId, Authentication authentication) {
        return progress.progress(sessions.require(authentication), roundId);
    }

    @Get("/flags")
    List<FlagView> flags(long roundId, Authentication authentication) {
        return flags.list(sessions.require(authentication), roundId);
    }

    @Post("/flags/{flagId}/resolve")
    FlagView resolve(long roundId, long flagId, @Body @Valid FlagView.Resolution resolution, Authentication authentication,
                     HttpRequest<?> request) {
        return flags.resolve(sessions.require(authentication), roundId, flagId, resolution, clientAddress.of(request));
    }
}
