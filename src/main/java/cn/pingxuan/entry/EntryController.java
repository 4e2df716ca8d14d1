package cn.pingxuan.entry;

import cn.pingxuan.account.Sessions;
import cn.pingxuan.common.ClientAddress;
import cn.pingxuan.media.Asset;
import cn.pingxuan.media.AssetDelivery;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Header;
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

/** Entries: a student's own, and reading them for organizers and unit admins. */
@Controller("/api/entries")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "entries")
class EntryController {

    private final EntryService entries;
    private final AssetDelivery delivery;
    private final Sessions sessions;
    private final ClientAddress clientAddress;

    EntryController(EntryService entries, AssetDelivery delivery, Sessions sessions, ClientAddress clientAddress) {
        this.entries = entries;
        this.delivery = delivery;
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
        return entries.view(sessions.require(authentication), id);
    }

    /** The work itself, for everyone who may read the entry; supports Range requests so videos can seek. */
    @Get("/{id}/files/{assetId}")
    MutableHttpResponse<?> file(long id, long assetId, @Nullable @Header(HttpHeaders.RANGE) String range,
                                Authentication authentication) {
        Entry entry = entries.requireReadable(sessions.require(authentication), id);
        Asset asset = delivery.require(entry.id(), assetId);
        return delivery.deliver(asset, range);
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
