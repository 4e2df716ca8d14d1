package cn.pingxuan.certificate;

import cn.pingxuan.account.Actor;
import cn.pingxuan.common.AuditLog;
import cn.pingxuan.common.FieldError;
import cn.pingxuan.common.ProblemException;
import cn.pingxuan.contest.Contest;
import cn.pingxuan.contest.ContestService;
import io.micronaut.http.HttpStatus;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.util.List;
import java.util.Map;

/** The organizer's certificate template: reading it with its defaults, saving it, previewing a sample. */
@Singleton
class CertificateTemplates {

    private final CertificateTemplateRepository templates;
    private final CertificateContents contents;
    private final CertificateRenderer renderer;
    private final ContestService contests;
    private final AuditLog audit;

    CertificateTemplates(CertificateTemplateRepository templates, CertificateContents contents, CertificateRenderer renderer,
                         ContestService contests, AuditLog audit) {
        this.templates = templates;
        this.contents = contents;
        this.renderer = renderer;
        this.contests = contests;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    TemplateView view(Actor actor, long contestId) {
        return view(contests.requireManagedBy(actor, contestId));
    }

    @Transactional
    TemplateView save(Actor actor, long contestId, TemplateForm form, String ip) {
        Contest contest = contests.requireManagedBy(actor, contestId);
        requireValid(form);
        CertificateTemplate saved = templates.findById(contestId)
                .map(current -> templates.update(current.with(form, actor.id())))
                .orElseGet(() -> templates.save(CertificateTemplate.of(contestId, form, actor.id())));
        audit.record(actor.id(), "certificate.template", "contest", contestId,
                saved.heading() + " · " + saved.body(), ip);
        return view(contest);
    }

    /** A sample certificate with the wording being edited, before it is saved. */
    @Transactional(readOnly = true)
    byte[] preview(Actor actor, long contestId, TemplateForm form) {
        Contest contest = contests.requireManagedBy(actor, contestId);
        requireValid(form);
        return renderer.pdf(List.of(contents.sample(contest, form)));
    }

    private TemplateView view(Contest contest) {
        List<TemplateView.Placeholder> placeholders = Wording.PLACEHOLDERS.entrySet().stream()
                .map((Map.Entry<String, String> e) -> new TemplateView.Placeholder("{" + e.getKey() + "}", e.getValue()))
                .toList();
        String defaultIssuer = contents.defaultIssuer(contest);
        return contents.saved(contest.id())
                .map(t -> new TemplateView(t.heading(), t.body(), t.issuer(), t.issueDate(), t.signatory(), defaultIssuer,
                        contents.defaultIssueDate(contest), true, placeholders))
                .orElseGet(() -> new TemplateView(Wording.DEFAULT_HEADING, Wording.DEFAULT_BODY, null, null, null,
                        defaultIssuer, contents.defaultIssueDate(contest), false, placeholders));
    }

    private static void requireValid(TemplateForm form) {
        List<FieldError> errors = Wording.check(form);
        if (!errors.isEmpty()) {
            throw new ProblemException(HttpStatus.BAD_REQUEST, "validation", errors.get(0).message(), errors, null);
        }
    }
}
