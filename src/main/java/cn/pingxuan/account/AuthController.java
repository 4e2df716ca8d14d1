package cn.pingxuan.account;

import cn.pingxuan.common.ClientAddress;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.handlers.LoginHandler;
import io.micronaut.security.handlers.LogoutHandler;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

@Controller("/api/auth")
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "auth")
class AuthController {

    private final LoginService logins;
    private final Sessions sessions;
    private final AccountService accounts;
    private final ClientAddress clientAddress;
    private final LoginHandler<HttpRequest<?>, MutableHttpResponse<?>> sessionCookies;
    private final LogoutHandler<HttpRequest<?>, MutableHttpResponse<?>> sessionClearer;

    AuthController(LoginService logins, Sessions sessions, AccountService accounts, ClientAddress clientAddress,
                   LoginHandler<HttpRequest<?>, MutableHttpResponse<?>> sessionCookies,
                   LogoutHandler<HttpRequest<?>, MutableHttpResponse<?>> sessionClearer) {
        this.logins = logins;
        this.sessions = sessions;
        this.accounts = accounts;
        this.clientAddress = clientAddress;
        this.sessionCookies = sessionCookies;
        this.sessionClearer = sessionClearer;
    }

    /** Signs in and sets the HttpOnly session cookie; answers with the same body as {@code GET /api/me}. */
    @Post("/login")
    MutableHttpResponse<?> login(@Body @Valid Credentials credentials, HttpRequest<?> request) {
        AppUser user = logins.login(credentials.username(), credentials.password(), clientAddress.of(request));
        var authentication = sessions.authenticationFor(user);
        MeView me = accounts.me(sessions.requireAllowingInitialPassword(authentication));
        return sessionCookies.loginSuccess(authentication, request).status(HttpStatus.OK).body(me);
    }

    @Post("/logout")
    MutableHttpResponse<?> logout(HttpRequest<?> request) {
        return sessionClearer.logout(request).status(HttpStatus.NO_CONTENT);
    }

    static MutableHttpResponse<?> renewSession(LoginHandler<HttpRequest<?>, MutableHttpResponse<?>> cookies,
                                               Sessions sessions, AppUser user, HttpRequest<?> request) {
        return cookies.loginSuccess(sessions.authenticationFor(user), request).status(HttpStatus.NO_CONTENT);
    }
}
