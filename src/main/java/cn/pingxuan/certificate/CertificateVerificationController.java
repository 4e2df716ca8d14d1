package cn.pingxuan.certificate;

import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The public check of a certificate's serial (the QR code opens /verify/{serial}, whose page asks this). */
@Controller("/api/certificates")
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "certificates")
class CertificateVerificationController {

    private final Certificates certificates;

    CertificateVerificationController(Certificates certificates) {
        this.certificates = certificates;
    }

    @Get("/{serial}")
    Verification verify(String serial) {
        return certificates.verify(serial);
    }
}
