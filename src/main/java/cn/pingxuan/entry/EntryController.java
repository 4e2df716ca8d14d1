package cn.pingxuan.entry;

import cn.pingxuan.account.Sessions;
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

/** A student's own entries. */
@Controller("/api/entries")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "entries")
class EntryController {

    private final EntryService entries;
    private final Sessions sessions;
    private final ClientAddress clientAddress;

    EntryController(EntryService entries, Sessions sessions, ClientAddress clientAddress) {
        this.entries = entries;
        this.sessions = sessions;
        this.clientAddress = clientAddress;
    }

    @Get
    List<EntryView> mine(Authentication authentication) {
        return entries.mine(sessions.require(authentication));
    }

    @Post
    HttpResponse<EntryView> create(@Body @Valid EntryForm form, Authentication authentication, HttpRequest<?> request) {
        return HttpResponse.created(entries.create(sessions.require(authentication), form, clientAddress.of(request)));
    }

    @Get("/{id}")
    EntryView view(long id, Authentication authentication) {
        return entries.viewOwn(sessions.require(authentication), id);
    }

    @Put("/{id}")
    EntryView update(long id, @Body @Valid EntryForm form, Authentication authentication, HttpRequest<?> request) {
        return entries.update(sessions.require(authentication), id, form, clientAddress.of(request));
    }

    @Post("/{id}/submit")
    EntryView submit(long id, Authentication authentication, HttpRequest<?> request) {
        return entries.submit(sessions.require(authentication), id, clientAddress.of(request));
    }

    @Post("/{id}/withdraw")
    EntryView withdraw(long id, Authentication authentication, HttpRequest<?> request) {
        return entries.withdraw(sessions.require(authentication), id, clientAddress.of(request));
    }

    @Delete("/{id}")
    HttpResponse<?> delete(long id, Authentication authentication, HttpRequest<?> request) {
        entries.deleteDraft(sessions.require(authentication), id, clientAddress.of(request));
        return HttpResponse.noContent();
    }

    @Delete("/{id}/files/{assetId}")
    EntryView removeFile(long id, long assetId, Authentication authentication, HttpRequest<?> request) {
        return entries.removeFile(sessions.require(authentication), id, assetId, clientAddress.of(request));
    }
}
