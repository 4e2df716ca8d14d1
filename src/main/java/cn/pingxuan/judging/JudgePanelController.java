package cn.pingxuan.judging;

import cn.pingxuan.account.Sessions;
import cn.pingxuan.common.ClientAddress;
import cn.pingxuan.media.AssetDelivery;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
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

/** The judge panel: a judge's rounds, queue and scoring desk. Only the assigned judge reaches an assignment. */
@Controller("/api/judging")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "judging")
class JudgePanelController {

    private final JudgeQueueService queues;
    private final ScoringService scoring;
    private final RecusalService recusals;
    private final JudgeFlagService flags;
    private final AssetDelivery delivery;
    private final Sessions sessions;
    private final ClientAddress clientAddress;

    JudgePanelController(JudgeQueueService queues, ScoringService scoring, RecusalService recusals, JudgeFlagService flags,
                         AssetDelivery delivery, Sessions sessions, ClientAddress clientAddress) {
        this.queues = queues;
        this.scoring = scoring;
        this.recusals = recusals;
        this.flags = flags;
        this.delivery = delivery;
        this.sessions = sessions;
        this.clientAddress = clientAddress;
    }

    @Get("/rounds")
    List<JudgeRoundView.Summary> rounds(Authentication authentication) {
        return queues.rounds(sessions.require(authentication));
    }

    @Get("/rounds/{roundId}/queue")
    JudgeQueue queue(long roundId, Authentication authentication) {
        return queues.queue(sessions.require(authentication), roundId);
    }

    @Get("/assignments/{assignmentId}")
    ScoringView view(long assignmentId, Authentication authentication) {
        return scoring.view(sessions.require(authentication), assignmentId);
    }

    @Get("/assignments/{assignmentId}/files/{assetId}")
    MutableHttpResponse<?> file(long assignmentId, long assetId, @Nullable @Header(HttpHeaders.RANGE) String range,
                                Authentication authentication) {
        return delivery.deliver(scoring.rendition(sessions.require(authentication), assignmentId, assetId), range);
    }

    @Put("/assignments/{assignmentId}/draft")
    ScoringView saveDraft(long assignmentId, @Body @Valid ScoreForm form, Authentication authentication,
                          HttpRequest<?> request) {
        return scoring.saveDraft(sessions.require(authentication), assignmentId, form, clientAddress.of(request));
    }

    @Post("/assignments/{assignmentId}/submit")
    ScoringView submit(long assignmentId, @Body @Valid ScoreForm form, Authentication authentication,
                       HttpRequest<?> request) {
        return scoring.submit(sessions.require(authentication), assignmentId, form, clientAddress.of(request));
    }

    @Post("/assignments/{assignmentId}/recuse")
    RecuseForm.Result recuse(long assignmentId, @Body @Valid RecuseForm form, Authentication authentication,
                             HttpRequest<?> request) {
        return recusals.recuse(sessions.require(authentication), assignmentId, form, clientAddress.of(request));
    }

    @Post("/assignments/{assignmentId}/flags")
    HttpResponse<FlagForm.Receipt> flag(long assignmentId, @Body @Valid FlagForm form, Authentication authentication,
                          HttpRequest<?> request) {
        return HttpResponse.created(flags.flag(sessions.require(authentication), assignmentId, form, clientAddress.of(request)));
    }
}
