package cn.pingxuan.certificate;

import cn.pingxuan.account.OrgUnit;
import cn.pingxuan.account.OrgUnitService;
import cn.pingxuan.contest.Contest;
import cn.pingxuan.contest.ContestCategory;
import cn.pingxuan.contest.ContestService;
import cn.pingxuan.entry.EntryForJudging;
import cn.pingxuan.entry.JudgingEntries;
import cn.pingxuan.results.Award;
import cn.pingxuan.results.ContestResults;
import cn.pingxuan.results.ContestResultsRepository;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Words certificates: the contest's template (or the defaults) filled in with an award's entry, authors and tier. */
@Singleton
class CertificateContents {

    static final String SAMPLE_SERIAL = "PX-0000-0000-0000";

    private final CertificateTemplateRepository templates;
    private final ContestService contests;
    private final OrgUnitService units;
    private final JudgingEntries entries;
    private final ContestResultsRepository results;
    private final VerificationLinks links;
    private final Clock clock;

    CertificateContents(CertificateTemplateRepository templates, ContestService contests, OrgUnitService units,
                        JudgingEntries entries, ContestResultsRepository results, VerificationLinks links, Clock clock) {
        this.templates = templates;
        this.contests = contests;
        this.units = units;
        this.entries = entries;
        this.results = results;
        this.links = links;
        this.clock = clock;
    }

    /** The wording in force: the saved template with its blanks defaulted, or all defaults. */
    record Layout(String heading, String body, String issuer, LocalDate issueDate, @Nullable String signatory) {
    }

    Optional<CertificateTemplate> saved(long contestId) {
        return templates.findById(contestId);
    }

    String defaultIssuer(Contest contest) {
        return units.directory().get(contest.ownerUnitId()).map(OrgUnit::name).orElse(contest.title());
    }

    /** The publication date in the contest's zone; before publication the planned date, else today. */
    LocalDate defaultIssueDate(Contest contest) {
        ZoneId zone = ZoneId.of(contest.zone());
        Instant at = results.findById(contest.id()).map(ContestResults::publishedAt)
                .or(() -> Optional.ofNullable(contest.publishAt())).orElseGet(clock::instant);
        return at.atZone(zone).toLocalDate();
    }

    @Transactional(readOnly = true)
    Layout layout(Contest contest) {
        return saved(contest.id()).map(t -> layout(contest, t.heading(), t.body(), t.issuer(), t.issueDate(), t.signatory()))
                .orElseGet(() -> layout(contest, null, null, null, null, null));
    }

    Layout layout(Contest contest, TemplateForm form) {
        return layout(contest, form.heading(), form.body(), form.issuer(), form.issueDate(), form.signatory());
    }

    private Layout layout(Contest contest, @Nullable String heading, @Nullable String body, @Nullable String issuer,
                          @Nullable LocalDate date, @Nullable String signatory) {
        return new Layout(orElse(heading, Wording.DEFAULT_HEADING), orElse(body, Wording.DEFAULT_BODY),
                orElse(issuer, defaultIssuer(contest)), date == null ? defaultIssueDate(contest) : date,
                CertificateTemplate.blankToNull(signatory));
    }

    /** The certificates of these awards (all of one contest), in the given order. */
    @Transactional(readOnly = true)
    List<Certificate> of(Contest contest, List<Award> awards) {
        Layout layout = layout(contest);
        Map<Long, String> categories = contests.categoriesOf(contest.id()).stream()
                .collect(Collectors.toMap(ContestCategory::id, ContestCategory::name));
        Map<Long, EntryForJudging> works = entries.byIds(awards.stream().map(Award::entryId).distinct().toList())
                .stream().collect(Collectors.toMap(EntryForJudging::id, Function.identity()));
        Map<Long, JudgingEntries.Authors> authorsByEntry = entries.authorsOf(works.keySet());
        return awards.stream().map(award -> {
            EntryForJudging work = works.get(award.entryId());
            JudgingEntries.Authors authors = authorsByEntry.get(award.entryId());
            return certificate(contest, layout, authors.names(), work.title(), award.tierName(),
                    categories.getOrDefault(award.categoryId(), ""), authors.unitName(), award.certificateSerial(), false);
        }).toList();
    }

    /** The preview the organizer sees while editing: sample winners, the sample serial, stamped 样张. */
    Certificate sample(Contest contest, TemplateForm form) {
        String category = contests.categoriesOf(contest.id()).stream().findFirst().map(ContestCategory::name).orElse("微视频");
        return certificate(contest, layout(contest, form), List.of("张明", "李华"), "示例作品", "一等奖", category,
                defaultIssuer(contest), SAMPLE_SERIAL, true);
    }

    private Certificate certificate(Contest contest, Layout layout, List<String> names, String title, String tier,
                                    String category, String unit, String serial, boolean sample) {
        String joinedNames = String.join("、", names);
        Map<String, String> values = new HashMap<>();
        values.put("names", joinedNames);
        values.put("title", title);
        values.put("tier", tier);
        values.put("contest", contest.title());
        values.put("category", category);
        values.put("unit", unit);
        return new Certificate(layout.heading(), Wording.fill(layout.body(), values), names, title, tier, contest.title(),
                layout.issuer(), chineseDate(layout.issueDate()), layout.signatory(), serial, links.of(serial), sample);
    }

    static String chineseDate(LocalDate date) {
        return date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
    }

    private static String orElse(@Nullable String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value.strip();
    }
}
