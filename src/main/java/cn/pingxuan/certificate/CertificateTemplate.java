package cn.pingxuan.certificate;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.DateUpdated;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Version;

import java.time.Instant;
import java.time.LocalDate;

/** A contest's certificate wording as the organizer saved it; null issuer and date take their defaults. */
@MappedEntity("certificate_template")
record CertificateTemplate(
        @Id long contestId,
        String heading,
        String body,
        @Nullable String issuer,
        @Nullable LocalDate issueDate,
        @Nullable String signatory,
        long updatedBy,
        @DateUpdated @Nullable Instant updatedAt,
        @Version @Nullable Long version) {

    CertificateTemplate with(TemplateForm form, long by) {
        return new CertificateTemplate(contestId, form.heading().strip(), form.body().strip(), blankToNull(form.issuer()),
                form.issueDate(), blankToNull(form.signatory()), by, updatedAt, version);
    }

    static CertificateTemplate of(long contestId, TemplateForm form, long by) {
        return new CertificateTemplate(contestId, "", "", null, null, null, by, null, null).with(form, by);
    }

    @Nullable
    static String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
