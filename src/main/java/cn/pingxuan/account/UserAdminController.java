package cn.pingxuan.account;

import cn.pingxuan.common.ClientAddress;
import cn.pingxuan.common.PageResult;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
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
import jakarta.validation.Valid;

@Controller("/api/admin/users")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "users")
class UserAdminController {

    private final UserAdminService users;
    private final Sessions sessions;
    private final ClientAddress clientAddress;

    UserAdminController(UserAdminService users, Sessions sessions, ClientAddress clientAddress) {
        this.users = users;
        this.sessions = sessions;
        this.clientAddress = clientAddress;
    }

    @Get
    PageResult<UserView> search(@Nullable @QueryValue String q, @Nullable @QueryValue Long unitId,
                                @Nullable @QueryValue Role role, @Nullable @QueryValue Boolean active,
                                @QueryValue(defaultValue = "0") int page, @QueryValue(defaultValue = "20") int size,
                                Authentication authentication) {
        return users.search(sessions.require(authentication), new UserAdminService.Filter(q, unitId, role, active), page, size);
    }

    @Post
    HttpResponse<IssuedPassword> create(@Body @Valid UserForm form, Authentication authentication, HttpRequest<?> request) {
        return HttpResponse.created(users.create(sessions.require(authentication), form, clientAddress.of(request)));
    }

    @Put("/{id}")
    UserView update(long id, @Body @Valid UserForm form, Authentication authentication, HttpRequest<?> request) {
        return users.update(sessions.require(authentication), id, form, clientAddress.of(request));
    }

    @Post("/{id}/deactivate")
    UserView deactivate(long id, Authentication authentication, HttpRequest<?> request) {
        return users.setActive(sessions.require(authentication), id, false, clientAddress.of(request));
    }

    @Post("/{id}/activate")
    UserView activate(long id, Authentication authentication, HttpRequest<?> request) {
        return users.setActive(sessions.require(authentication), id, true, clientAddress.of(request));
    }

    @Post("/{id}/reset-password")
    IssuedPassword resetPassword(long id, Authentication authentication, HttpRequest<?> request) {
        return users.resetPassword(sessions.require(authentication), id, clientAddress.of(request));
    }
}
