package cn.pingxuan.certificate;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.LocalDate;
import java.util.List;

/**
 * The template form as stored (or the defaults when none is), what the defaults resolve to today, and the
 * placeholders the body may use.
 */
@Serdeable
public record TemplateView(String heading, String body, @Nullable String issuer, @Nullable LocalDate issueDate,
                           @Nullable String signatory, String defaultIssuer, @Nullable LocalDate defaultIssueDate,
                           boolean saved, List<Placeholder> placeholders) {

    @Serdeable
    public record Placeholder(String token, String label) {
    }
}
