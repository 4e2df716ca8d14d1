package cn.pingxuan.certificate;

import cn.pingxuan.account.Sessions;
import cn.pingxuan.storage.ContentDisposition;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.server.types.files.StreamedFile;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.tags.Tag;

import java.util.List;

/** Certificate downloads: organizers one or all of a contest, students their own entry's. */
@Controller("/api")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "certificates")
class CertificateDownloadController {

    private static final MediaType PDF = MediaType.of("application/pdf");
    private static final MediaType ZIP = MediaType.of("application/zip");

    private final Certificates certificates;
    private final CertificateZipStream zips;
    private final Sessions sessions;

    CertificateDownloadController(Certificates certificates, CertificateZipStream zips, Sessions sessions) {
        this.certificates = certificates;
        this.zips = zips;
        this.sessions = sessions;
    }

    @Get(value = "/organize/awards/{awardId}/certificate.pdf", produces = "application/pdf")
    HttpResponse<byte[]> organizerCopy(long awardId, Authentication authentication) {
        return pdf(certificates.organizerCopy(sessions.require(authentication), awardId));
    }

    @Get(value = "/organize/contests/{contestId}/certificates.zip", produces = "application/zip")
    HttpResponse<StreamedFile> all(long contestId, Authentication authentication) {
        Certificates.Batch batch = certificates.organizerBatch(sessions.require(authentication), contestId);
        return HttpResponse.ok(new StreamedFile(zips.open(batch.certificates()), ZIP))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment(batch.fileName()));
    }

    @Get("/entries/{entryId}/certificates")
    List<EntryCertificate> ofEntry(long entryId, Authentication authentication) {
        return certificates.ofEntry(sessions.require(authentication), entryId);
    }

    @Get(value = "/entries/{entryId}/certificates/{awardId}.pdf", produces = "application/pdf")
    HttpResponse<byte[]> studentCopy(long entryId, long awardId, Authentication authentication) {
        return pdf(certificates.studentCopy(sessions.require(authentication), entryId, awardId));
    }

    private static HttpResponse<byte[]> pdf(Download download) {
        return HttpResponse.ok(download.content()).contentType(PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment(download.fileName()));
    }
}
