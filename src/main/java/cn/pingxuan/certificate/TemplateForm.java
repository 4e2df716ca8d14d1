package cn.pingxuan.certificate;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.LocalDate;

/** The organizer's certificate wording; blank issuer and no date mean the defaults (owner unit, publication date). */
@Serdeable
public record TemplateForm(@Nullable String heading, @Nullable String body, @Nullable String issuer,
                           @Nullable LocalDate issueDate, @Nullable String signatory) {
}
