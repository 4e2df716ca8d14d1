package cn.pingxuan.vote;

import cn.pingxuan.account.Sessions;
import cn.pingxuan.common.ClientAddress;
import cn.pingxuan.media.AssetDelivery;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

/** The public vote: anyone may look, signed-in users may vote. */
@Controller("/api/contests/{slug}")
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "vote")
class PublicVoteController {

    private final PublicVote board;
    private final Voting voting;
    private final AssetDelivery delivery;
    private final Sessions sessions;
    private final ClientAddress clientAddress;

    PublicVoteController(PublicVote board, Voting voting, AssetDelivery delivery, Sessions sessions,
                         ClientAddress clientAddress) {
        this.board = board;
        this.voting = voting;
        this.delivery = delivery;
        this.sessions = sessions;
        this.clientAddress = clientAddress;
    }

    @Serdeable
    record Ballot(@NotNull Long entryId) {
    }

    @Get("/vote")
    VoteBoard board(String slug, @Nullable Authentication authentication) {
        return board.board(slug, sessions.optional(authentication).orElse(null));
    }

    @Get("/vote/works/{entryId}")
    VoteBoard.WorkPage work(String slug, long entryId) {
        return board.work(slug, entryId);
    }

    @Get("/vote/works/{entryId}/files/{assetId}")
    MutableHttpResponse<?> file(String slug, long entryId, long assetId, @Nullable @Header(HttpHeaders.RANGE) String range) {
        return delivery.deliver(board.rendition(slug, entryId, assetId), range);
    }

    @Post("/votes")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    VoteBoard.Receipt vote(String slug, @Body @Valid Ballot ballot, Authentication authentication, HttpRequest<?> request,
                           @Nullable @Header(HttpHeaders.USER_AGENT) String userAgent) {
        return voting.cast(sessions.require(authentication), slug, ballot.entryId(), clientAddress.of(request),
                userAgent == null ? "" : userAgent);
    }
}
