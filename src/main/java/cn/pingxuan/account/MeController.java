package cn.pingxuan.account;

import cn.pingxuan.common.ClientAddress;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.handlers.LoginHandler;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

@Controller("/api/me")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "account")
class MeController {

    private final Sessions sessions;
    private final AccountService accounts;
    private final ClientAddress clientAddress;
    private final LoginHandler<HttpRequest<?>, MutableHttpResponse<?>> sessionCookies;

    MeController(Sessions sessions, AccountService accounts, ClientAddress clientAddress,
                 LoginHandler<HttpRequest<?>, MutableHttpResponse<?>> sessionCookies) {
        this.sessions = sessions;
        this.accounts = accounts;
        this.clientAddress = clientAddress;
        this.sessionCookies = sessionCookies;
    }

    @Get
    MeView me(Authentication authentication) {
        return accounts.me(sessions.requireAllowingInitialPassword(authentication));
    }

    @Put("/email")
    MeView changeEmail(@Body @Valid EmailChange change, Authentication authentication, HttpRequest<?> request) {
        return accounts.changeEmail(sessions.requireAllowingInitialPassword(authentication), change, clientAddress.of(request));
    }

    /** Changing the password ends every other session; this one gets a fresh cookie. */
    @Post("/password")
    MutableHttpResponse<?> changePassword(@Body @Valid PasswordChange change, Authentication authentication, HttpRequest<?> request) {
        AppUser user = accounts.changePassword(sessions.requireAllowingInitialPassword(authentication), change, clientAddress.of(request));
        return AuthController.renewSession(sessionCookies, sessions, user, request);
    }
}
