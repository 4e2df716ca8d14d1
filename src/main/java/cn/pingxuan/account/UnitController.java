package cn.pingxuan.account;

import cn.pingxuan.common.ClientAddress;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
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

@Controller("/api")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "units")
class UnitController {

    private final OrgUnitService units;
    private final Sessions sessions;
    private final ClientAddress clientAddress;

    UnitController(OrgUnitService units, Sessions sessions, ClientAddress clientAddress) {
        this.units = units;
        this.sessions = sessions;
        this.clientAddress = clientAddress;
    }

    /** The whole tree as a flat list ordered by path; every signed-in user needs it for unit pickers. */
    @Get("/units")
    List<UnitView> list(Authentication authentication) {
        sessions.require(authentication);
        return units.list();
    }

    @Post("/admin/units")
    HttpResponse<UnitView> create(@Body @Valid UnitForm form, Authentication authentication, HttpRequest<?> request) {
        OrgUnit unit = units.create(sessions.require(authentication), form, clientAddress.of(request));
        return HttpResponse.created(view(unit.id()));
    }

    @Put("/admin/units/{id}")
    UnitView rename(long id, @Body @Valid UnitForm form, Authentication authentication, HttpRequest<?> request) {
        units.rename(sessions.require(authentication), id, form, clientAddress.of(request));
        return view(id);
    }

    @Post("/admin/units/{id}/move")
    UnitView move(long id, @Body UnitMove move, Authentication authentication, HttpRequest<?> request) {
        units.move(sessions.require(authentication), id, move.parentId(), clientAddress.of(request));
        return view(id);
    }

    @Delete("/admin/units/{id}")
    HttpResponse<?> delete(long id, Authentication authentication, HttpRequest<?> request) {
        units.delete(sessions.require(authentication), id, clientAddress.of(request));
        return HttpResponse.noContent();
    }

    private UnitView view(long id) {
        return units.list().stream().filter(u -> u.id() == id).findFirst().orElseThrow();
    }
}
