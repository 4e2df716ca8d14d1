package cn.pingxuan.certificate;

import cn.pingxuan.account.Sessions;
import cn.pingxuan.common.ClientAddress;
import cn.pingxuan.storage.ContentDisposition;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The organizer's certificate template of a contest, and a sample certificate of the wording being edited. */
@Controller("/api/organize/contests/{contestId}/certificate-template")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "certificates")
class CertificateTemplateController {

    private final CertificateTemplates templates;
    private final Sessions sessions;
    private final ClientAddress clientAddress;

    CertificateTemplateController(CertificateTemplates templates, Sessions sessions, ClientAddress clientAddress) {
        this.templates = templates;
        this.sessions = sessions;
        this.clientAddress = clientAddress;
    }

    @Get
    TemplateView view(long contestId, Authentication authentication) {
        return templates.view(sessions.require(authentication), contestId);
    }

    @Put
    TemplateView save(long contestId, @Body TemplateForm form, Authentication authentication, HttpRequest<?> request) {
        return templates.save(sessions.require(authentication), contestId, form, clientAddress.of(request));
    }

    @Post(value = "/preview", produces = "application/pdf")
    HttpResponse<byte[]> preview(long contestId, @Body TemplateForm form, Authentication authentication) {
        byte[] pdf = templates.preview(sessions.require(authentication), contestId, form);
        return HttpResponse.ok(pdf).contentType(MediaType.of("application/pdf"))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline("证书样张.pdf"));
    }
}
