package cn.pingxuan.vote;

import cn.pingxuan.account.Sessions;
import cn.pingxuan.common.ClientAddress;
import cn.pingxuan.common.PageResult;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
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

/** Organizers: vote settings, the anomaly report, the raw log, and voiding votes. */
@Controller("/api/organize/contests/{id}")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "vote")
class VoteAdminController {

    private final VoteSettings settings;
    private final VoteReport report;
    private final VoteLog log;
    private final Sessions sessions;
    private final ClientAddress clientAddress;

    VoteAdminController(VoteSettings settings, VoteReport report, VoteLog log, Sessions sessions,
                        ClientAddress clientAddress) {
        this.settings = settings;
        this.report = report;
        this.log = log;
        this.sessions = sessions;
        this.clientAddress = clientAddress;
    }

    @Get("/vote-setting")
    VoteSettingView setting(long id, Authentication authentication) {
        return settings.view(sessions.require(authentication), id);
    }

    @Put("/vote-setting")
    VoteSettingView saveSetting(long id, @Body VoteSettingForm form, Authentication authentication, HttpRequest<?> request) {
        return settings.save(sessions.require(authentication), id, form, clientAddress.of(request));
    }

    @Get("/vote-report")
    VoteReportView report(long id, @QueryValue(defaultValue = "20") int burstVotes,
                          @QueryValue(defaultValue = "5") int burstMinutes, @QueryValue(defaultValue = "5") double burstFactor,
                          @QueryValue(defaultValue = "5") int addressUsers, @QueryValue(defaultValue = "20") int agentUsers,
                          @QueryValue(defaultValue = "3") int newAccountDays, Authentication authentication) {
        VoteReportView.Thresholds limits = new VoteReportView.Thresholds(Math.max(2, burstVotes),
                Math.max(1, burstMinutes), Math.max(1, burstFactor), Math.max(2, addressUsers), Math.max(2, agentUsers),
                Math.max(0, newAccountDays));
        return report.report(sessions.require(authentication), id, limits);
    }

    @Get("/vote-log")
    PageResult<VoteReportView.LogLine> log(long id, @QueryValue(defaultValue = "0") int page,
                                           @QueryValue(defaultValue = "50") int size, @Nullable @QueryValue String ip,
                                           @Nullable @QueryValue Long userId, Authentication authentication) {
        return log.page(sessions.require(authentication), id, page, size, ip, userId);
    }

    @Post("/vote-voids")
    VoteVoidForm.Result voidVotes(long id, @Body VoteVoidForm form, Authentication authentication, HttpRequest<?> request) {
        return log.voidVotes(sessions.require(authentication), id, form, clientAddress.of(request));
    }
}
