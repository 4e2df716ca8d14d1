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

/** A round's judge pool, declared conflicts and assignments. */
@Controller("/api/organize/rounds/{roundId}")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "judging-rounds")
class RoundSetupController {

    private final JudgePoolService pool;
    private final ConflictService conflicts;
    private final AssignmentService assignments;
    private final Sessions sessions;
    private final ClientAddress clientAddress;

    RoundSetupController(JudgePoolService pool, ConflictService conflicts, AssignmentService assignments, Sessions sessions,
                         ClientAddress clientAddress) {
        this.pool = pool;
        this.conflicts = conflicts;
        this.assignments = assignments;
        this.sessions = sessions;
        this.clientAddress = clientAddress;
    }

    @Get("/judge-candidates")
    List<JudgeView.Candidate> candidates(long roundId, @Nullable @QueryValue String q, Authentication authentication) {
        return pool.candidates(sessions.require(authentication), roundId, q);
    }

    @Get("/judges")
    List<JudgeView> judges(long roundId, Authentication authentication) {
        return pool.pool(sessions.require(authentication), roundId);
    }

    @Put("/judges")
    List<JudgeView> replaceJudges(long roundId, @Body @Valid PoolForm form, Authentication authentication,
                                  HttpRequest<?> request) {
        return pool.replace(sessions.require(authentication), roundId, form, clientAddress.of(request));
    }

    @Get("/conflicts")
    List<ConflictView> conflicts(long roundId, Authentication authentication) {
        return conflicts.list(sessions.require(authentication), roundId);
    }

    @Post("/conflicts")
    HttpResponse<ConflictView> declareConflict(long roundId, @Body @Valid ConflictForm form, Authentication authentication,
                                               HttpRequest<?> request) {
        return HttpResponse.created(conflicts.declare(sessions.require(authentication), roundId, form, clientAddress.of(request)));
    }

    @Delete("/conflicts/{conflictId}")
    HttpResponse<Void> removeConflict(long roundId, long conflictId, Authentication authentication, HttpRequest<?> request) {
        conflicts.remove(sessions.require(authentication), roundId, conflictId, clientAddress.of(request));
        return HttpResponse.noContent();
    }

    @Post("/assignment")
    AssignmentView.Report assign(long roundId, @Body AssignmentView.Run run, Authentication authentication,
                                 HttpRequest<?> request) {
        return assignments.assign(sessions.require(authentication), roundId, run, clientAddress.of(request));
    }

    @Get("/assignments")
    List<AssignmentView> assignments(long roundId, Authentication authentication) {
        return assignments.list(sessions.require(authentication), roundId);
    }

    @Post("/assignments")
    HttpResponse<AssignmentView> add(long roundId, @Body @Valid AssignmentView.Pair pair, Authentication authentication,
                                     HttpRequest<?> request) {
        return HttpResponse.created(assignments.add(sessions.require(authentication), roundId, pair, clientAddress.of(request)));
    }

    @Delete("/assignments/{assignmentId}")
    HttpResponse<Void> remove(long roundId, long assignmentId, @Nullable @QueryValue String reason,
                              Authentication authentication, HttpRequest<?> request) {
        assignments.remove(sessions.require(authentication), roundId, assignmentId, reason, clientAddress.of(request));
        return HttpResponse.noContent();
    }

    @Post("/assignments/{assignmentId}/swap")
    AssignmentView swap(long roundId, long assignmentId, @Body @Valid AssignmentView.Swap swap,
                        Authentication authentication, HttpRequest<?> request) {
        return assignments.swap(sessions.require(authentication), roundId, assignmentId, swap, clientAddress.of(request));
    }
}
