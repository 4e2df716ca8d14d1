package cn.pingxuan.judging;

import cn.pingxuan.account.Sessions;
import cn.pingxuan.common.ClientAddress;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
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

import java.util.List;

/** Organizers setting rounds up and taking them through open, lock and advancement. */
@Controller("/api/organize")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "judging-rounds")
class RoundController {

    private final RoundService rounds;
    private final RoundLifecycle lifecycle;
    private final RankingService ranking;
    private final Sessions sessions;
    private final ClientAddress clientAddress;

    RoundController(RoundService rounds, RoundLifecycle lifecycle, RankingService ranking, Sessions sessions,
                    ClientAddress clientAddress) {
        this.rounds = rounds;
        this.lifecycle = lifecycle;
        this.ranking = ranking;
        this.sessions = sessions;
        this.clientAddress = clientAddress;
    }

    @Get("/contests/{contestId}/rounds")
    List<RoundView> list(long contestId, Authentication authentication) {
        return rounds.list(sessions.require(authentication), contestId);
    }

    @Post("/contests/{contestId}/rounds")
    HttpResponse<RoundView> create(long contestId, @Body @Valid RoundForm form, Authentication authentication,
                                   HttpRequest<?> request) {
        return HttpResponse.created(rounds.create(sessions.require(authentication), contestId, form, clientAddress.of(request)));
    }

    @Get("/rounds/{roundId}")
    RoundView get(long roundId, Authentication authentication) {
        return rounds.get(sessions.require(authentication), roundId);
    }

    @Put("/rounds/{roundId}")
    RoundView update(long roundId, @Body @Valid RoundForm form, Authentication authentication, HttpRequest<?> request) {
        return rounds.update(sessions.require(authentication), roundId, form, clientAddress.of(request));
    }

    @Delete("/rounds/{roundId}")
    HttpResponse<Void> delete(long roundId, Authentication authentication, HttpRequest<?> request) {
        rounds.delete(sessions.require(authentication), roundId, clientAddress.of(request));
        return HttpResponse.noContent();
    }

    @Post("/rounds/{roundId}/open")
    RoundView open(long roundId, Authentication authentication, HttpRequest<?> request) {
        return lifecycle.open(sessions.require(authentication), roundId, clientAddress.of(request));
    }

    @Post("/rounds/{roundId}/lock")
    RoundView lock(long roundId, @Nullable @QueryValue Boolean force, Authentication authentication, HttpRequest<?> request) {
        return lifecycle.lock(sessions.require(authentication), roundId, Boolean.TRUE.equals(force), clientAddress.of(request));
    }

    @Get("/rounds/{roundId}/ranking")
    RankingView ranking(long roundId, Authentication authentication) {
        return ranking.ranking(sessions.require(authentication), roundId);
    }

    @Post("/rounds/{roundId}/advance")
    RankingView advance(long roundId, Authentication authentication, HttpRequest<?> request) {
        lifecycle.advance(sessions.require(authentication), roundId, clientAddress.of(request));
        return ranking.ranking(sessions.require(authentication), roundId);
    }
}
