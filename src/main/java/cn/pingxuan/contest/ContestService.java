package cn.pingxuan.contest;

import cn.pingxuan.account.Actor;
import cn.pingxuan.account.OrgUnit;
import cn.pingxuan.account.OrgUnitService;
import cn.pingxuan.account.UnitDirectory;
import cn.pingxuan.common.AuditLog;
import cn.pingxuan.common.FieldError;
import cn.pingxuan.common.MarkdownRenderer;
import cn.pingxuan.common.PageResult;
import cn.pingxuan.common.ProblemException;
import cn.pingxuan.storage.BlobStore;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.http.HttpStatus;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.Year;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** Organizers setting contests up and moving them through their life; the public reading them. */
@Singleton
public class ContestService {

    public static final String DEFAULT_ZONE = "Asia/Shanghai";
    static final String DEFAULT_PLEDGE = "本人承诺所提交作品系本人（团队）原创，未抄袭、剽窃他人成果，未侵犯他人著作权、肖像权等合法权益，"
            + "且未在其他比赛中获奖。如有违反，本人愿承担相应责任，并接受取消参赛及获奖资格的处理。";
    private static final int MAX_PAGE_SIZE = 100;

    private final ContestRepository contests;
    private final ContestCategoryRepository categories;
    private final OrgUnitService units;
    private final MarkdownRenderer markdown;
    private final AuditLog audit;
    private final BlobStore blobs;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    ContestService(ContestRepository contests, ContestCategoryRepository categories, OrgUnitService units,
                   MarkdownRenderer markdown, AuditLog audit, BlobStore blobs, Clock clock) {
        this.contests = contests;
        this.categories = categories;
        this.units = units;
        this.markdown = markdown;
        this.audit = audit;
        this.blobs = blobs;
        this.clock = clock;
    }

    @Transactional
    public ContestDetail create(Actor actor, ContestForm form, String ip) {
        OrganizerScope scope = OrganizerScope.of(actor);
        UnitDirectory directory = units.directory();
        Placement placement = checkForm(scope, directory, form, null);
        Contest saved = contests.save(new Contest(null, placement.slug(), form.title().strip(), blankToNull(form.theme()),
                text(form.description()), text(form.rules()), null, placement.owner().id(), placement.participant().id(),
                ContestStatus.DRAFT, zone(form), form.submissionOpensAt(), form.submissionClosesAt(), form.judgingStartsAt(),
                form.publicityStartsAt(), form.publicityEndsAt(), form.publishAt(), orDefault(form.maxEntriesPerStudent(), 1),
                orDefault(form.maxTeamSize(), 1), form.advisorRequired(), pledge(form), form.requiresRecommendation(),
                fields(form), actor.id(), null, null, null));
        saveCategories(saved.id(), form.categories());
        audit.record(actor.id(), "contest.create", "contest", saved.id(), saved.title(), ip);
        return detail(saved, directory);
    }

    @Transactional
    public ContestDetail update(Actor actor, long id, ContestForm form, String ip) {
        OrganizerScope scope = OrganizerScope.of(actor);
        UnitDirectory directory = units.directory();
        Contest current = requireManaged(scope, directory, id);
        if (current.status() == ContestStatus.ARCHIVED) {
            throw ProblemException.conflict("比赛已归档，不能再修改");
        }
        Placement placement = checkForm(scope, directory, form, current);
        Contest updated = contests.update(new Contest(current.id(), placement.slug(), form.title().strip(),
                blankToNull(form.theme()), text(form.description()), text(form.rules()), current.coverBlobKey(),
                placement.owner().id(), placement.participant().id(), current.status(), zone(form), form.submissionOpensAt(),
                form.submissionClosesAt(), form.judgingStartsAt(), form.publicityStartsAt(), form.publicityEndsAt(),
                form.publishAt(), orDefault(form.maxEntriesPerStudent(), 1), orDefault(form.maxTeamSize(), 1),
                form.advisorRequired(), pledge(form), form.requiresRecommendation(), fields(form), current.createdBy(),
                current.createdAt(), current.updatedAt(), current.version()));
        saveCategories(id, form.categories());
        audit.record(actor.id(), "contest.update", "contest", id, updated.title(), ip);
        return detail(updated, directory);
    }

    @Transactional
    public ContestDetail changeStatus(Actor actor, long id, ContestStatus target, String ip) {
        OrganizerScope scope = OrganizerScope.of(actor);
        UnitDirectory directory = units.directory();
        Contest contest = requireManaged(scope, directory, id);
        if (!contest.status().canMoveTo(target)) {
            throw ProblemException.conflict("比赛当前状态为“" + contest.status().label() + "”，不能改为“" + target.label() + "”");
        }
        if (target.isResultsStage()) {
            throw ProblemException.conflict("公示和发布结果请在“评奖与公示”页面进行，那里会检查奖项和异议");
        }
        if (target == ContestStatus.OPEN) {
            if (categories.findByContestIdOrderByOrdinal(id).isEmpty()) {
                throw ProblemException.conflict("请至少设置一个作品类别后再开放征集");
            }
            if (!contest.submissionClosesAt().isAfter(clock.instant())) {
                throw ProblemException.conflict("征集截止时间已过，请先修改截止时间再开放征集");
            }
        }
        Contest changed = contests.update(contest.withStatus(target));
        audit.record(actor.id(), "contest.status", "contest", id, contest.status() + " → " + target, ip);
        return detail(changed, directory);
    }

    /**
     * For the results feature, which checks awards and objections first: the contest enters its publicity period
     * or publishes its results. Returns the contest as it was before.
     */
    @Transactional
    public Contest enterResultsStage(Actor actor, long id, ContestStatus target, String ip) {
        Contest contest = requireManaged(OrganizerScope.of(actor), units.directory(), id);
        if (!target.isResultsStage() || !contest.status().canMoveTo(target)) {
            throw ProblemException.conflict("比赛当前状态为“" + contest.status().label() + "”，不能改为“" + target.label() + "”");
        }
        contests.update(contest.withStatus(target));
        audit.record(actor.id(), "contest.status", "contest", id, contest.status() + " → " + target, ip);
        return contest;
    }

    @Transactional(readOnly = true)
    public PageResult<ContestSummary> publicList(int page, int size) {
        Set<ContestStatus> visible = EnumSet.complementOf(EnumSet.of(ContestStatus.DRAFT));
        return summaries(contests.findByStatuses(visible, pageable(page, size)));
    }

    @Transactional(readOnly = true)
    public PageResult<ContestSummary> managedList(Actor actor, int page, int size) {
        return summaries(contests.findOwnedWithin(OrganizerScope.of(actor).ownerPathPattern(), pageable(page, size)));
    }

    /** A published contest for anyone; a draft only for the organizers who may run it (404 for the rest). */
    @Transactional(readOnly = true)
    public ContestDetail view(@Nullable Actor actor, String slugOrId) {
        Contest contest = find(slugOrId).orElseThrow(ContestService::notFound);
        UnitDirectory directory = units.directory();
        if (!contest.status().isPublic() && !mayManage(actor, contest, directory)) {
            throw notFound();
        }
        return detail(contest, directory);
    }

    /** For the entry feature: the contest, if the actor may run it (403 otherwise). */
    @Transactional(readOnly = true)
    public Contest requireManagedBy(Actor actor, long id) {
        return requireManaged(OrganizerScope.of(actor), units.directory(), id);
    }

    /** A finished cover upload becomes the contest's cover; the previous image is deleted. */
    @Transactional
    public void replaceCover(long id, String blobKey, long byUserId) {
        Contest contest = contests.findById(id).orElseThrow(ContestService::notFound);
        String previous = contest.coverBlobKey();
        contests.update(contest.withCover(blobKey));
        audit.record(byUserId, "contest.cover", "contest", id, blobKey, null);
        if (previous != null) {
            blobs.delete(previous);
        }
    }

    /** The cover of a contest the viewer may see (anyone for a published contest). */
    @Transactional(readOnly = true)
    public Optional<String> coverKey(@Nullable Actor actor, String slugOrId) {
        Contest contest = find(slugOrId).orElseThrow(ContestService::notFound);
        if (!contest.status().isPublic() && !mayManage(actor, contest, units.directory())) {
            throw notFound();
        }
        return Optional.ofNullable(contest.coverBlobKey());
    }

    /** Whether the actor may run this contest; never throws, so callers can fall back to another role. */
    @Transactional(readOnly = true)
    public boolean manages(Actor actor, Contest contest) {
        return mayManage(actor, contest, units.directory());
    }

    /** For the entry feature: the contest with its categories, as stored. */
    @Transactional(readOnly = true)
    public Contest require(long id) {
        return contests.findById(id).orElseThrow(ContestService::notFound);
    }

    @Transactional(readOnly = true)
    public List<ContestCategory> categoriesOf(long contestId) {
        return categories.findByContestIdOrderByOrdinal(contestId);
    }

    private record Placement(String slug, OrgUnit owner, OrgUnit participant) {
    }

    private Placement checkForm(OrganizerScope scope, UnitDirectory directory, ContestForm form, @Nullable Contest current) {
        List<FieldError> errors = new ArrayList<>(ContestRules.check(form));
        OrgUnit owner = directory.get(form.ownerUnitId()).orElse(null);
        if (owner == null) {
            errors.add(new FieldError("ownerUnitId", "所选主办单位不存在"));
        } else if (!scope.covers(owner)) {
            errors.add(new FieldError("ownerUnitId", "只能以本单位或下级单位的名义主办比赛"));
        }
        OrgUnit participant = form.participantUnitId() == null ? owner : directory.get(form.participantUnitId()).orElse(null);
        if (participant == null && form.participantUnitId() != null) {
            errors.add(new FieldError("participantUnitId", "所选参赛范围不存在"));
        } else if (owner != null && participant != null && !participant.isWithin(owner)) {
            errors.add(new FieldError("participantUnitId", "参赛范围必须是主办单位或其下级单位"));
        }
        String slug = form.slug() == null || form.slug().isBlank() ? null : form.slug().strip().toLowerCase(Locale.ROOT);
        if (slug != null && (current == null ? contests.existsBySlug(slug) : contests.existsBySlugAndIdNot(slug, current.id()))) {
            errors.add(new FieldError("slug", "短链接“" + slug + "”已被其他比赛使用"));
        }
        if (current != null) {
            Set<Long> known = categories.findByContestIdOrderByOrdinal(current.id()).stream()
                    .map(ContestCategory::id).collect(Collectors.toSet());
            List<CategoryForm> submitted = form.categories() == null ? List.of() : form.categories();
            for (int i = 0; i < submitted.size(); i++) {
                if (submitted.get(i).id() != null && !known.contains(submitted.get(i).id())) {
                    errors.add(new FieldError("categories[" + i + "].id", "该类别不属于本比赛"));
                }
            }
        }
        if (!errors.isEmpty()) {
            throw new ProblemException(HttpStatus.BAD_REQUEST, "validation", errors.get(0).message(), errors, null);
        }
        if (slug == null) {
            slug = current != null ? current.slug() : newSlug();
        }
        return new Placement(slug, owner, participant);
    }

    private void saveCategories(long contestId, @Nullable List<CategoryForm> forms) {
        List<CategoryForm> wanted = forms == null ? List.of() : forms;
        Map<Long, ContestCategory> existing = new HashMap<>();
        categories.findByContestIdOrderByOrdinal(contestId).forEach(c -> existing.put(c.id(), c));
        Set<Long> kept = wanted.stream().map(CategoryForm::id).filter(Objects::nonNull).collect(Collectors.toSet());
        existing.values().stream().filter(c -> !kept.contains(c.id())).forEach(categories::delete);
        for (int i = 0; i < wanted.size(); i++) {
            CategoryForm form = wanted.get(i);
            ContestCategory category = new ContestCategory(form.id(), contestId, i, form.name().strip(), form.kind(),
                    blankToNull(form.description()), form.maxBytes(),
                    form.formats().stream().map(f -> f.toLowerCase(Locale.ROOT)).distinct().collect(Collectors.joining(",")),
                    form.kind() == CategoryKind.VIDEO ? form.maxDurationSec() : null,
                    form.kind() == CategoryKind.ESSAY ? null : form.minWidth(),
                    form.kind() == CategoryKind.ESSAY ? null : form.minHeight(),
                    form.kind() == CategoryKind.ESSAY ? form.minChars() : null,
                    form.kind() == CategoryKind.ESSAY ? form.maxChars() : null,
                    form.kind() == CategoryKind.IMAGE ? orDefault(form.maxImages(), 1) : 1,
                    form.recommendationQuota());
            if (form.id() == null) {
                categories.save(category);
            } else {
                categories.update(category);
            }
        }
    }

    private Contest requireManaged(OrganizerScope scope, UnitDirectory directory, long id) {
        Contest contest = contests.findById(id).orElseThrow(ContestService::notFound);
        OrgUnit owner = directory.get(contest.ownerUnitId()).orElseThrow();
        if (!scope.covers(owner)) {
            throw ProblemException.forbidden("只能管理本单位或下级单位主办的比赛");
        }
        return contest;
    }

    private boolean mayManage(@Nullable Actor actor, Contest contest, UnitDirectory directory) {
        if (actor == null) {
            return false;
        }
        try {
            return OrganizerScope.of(actor).covers(directory.get(contest.ownerUnitId()).orElseThrow());
        } catch (ProblemException notAnOrganizer) {
            return false;
        }
    }

    private Optional<Contest> find(String slugOrId) {
        if (slugOrId.chars().allMatch(Character::isDigit) && slugOrId.length() < 18) {
            return contests.findById(Long.parseLong(slugOrId));
        }
        return contests.findBySlug(slugOrId.toLowerCase(Locale.ROOT));
    }

    private PageResult<ContestSummary> summaries(Page<Contest> page) {
        UnitDirectory directory = units.directory();
        List<Long> ids = page.getContent().stream().map(Contest::id).toList();
        Map<Long, List<String>> names = ids.isEmpty() ? Map.of() : categories.findByContestIdInOrderByOrdinal(ids).stream()
                .collect(Collectors.groupingBy(ContestCategory::contestId, Collectors.mapping(ContestCategory::name, Collectors.toList())));
        Instant now = clock.instant();
        List<ContestSummary> items = page.getContent().stream().map(c -> new ContestSummary(c.id(), c.slug(), c.title(),
                c.theme(), c.status(), c.status().label(), c.acceptsSubmissionsAt(now), c.submissionOpensAt(),
                c.submissionClosesAt(), c.zone(), directory.pathName(c.ownerUnitId()), c.requiresRecommendation(),
                names.getOrDefault(c.id(), List.of()),
                coverUrl(c)))
                .toList();
        return new PageResult<>(items, page.getTotalSize(), page.getPageNumber(), page.getSize());
    }

    private ContestDetail detail(Contest c, UnitDirectory directory) {
        Instant now = clock.instant();
        List<ContestStatus> next = Arrays.stream(ContestStatus.values())
                .filter(status -> c.status().canMoveTo(status) && !status.isResultsStage()).toList();
        return new ContestDetail(c.id(), c.slug(), c.title(), c.theme(), c.description(), markdown.toHtml(c.description()),
                c.rules(), markdown.toHtml(c.rules()), c.status(), c.status().label(), next, c.acceptsSubmissionsAt(now),
                c.ownerUnitId(), directory.pathName(c.ownerUnitId()), c.participantUnitId(),
                directory.pathName(c.participantUnitId()), c.zone(), c.submissionOpensAt(), c.submissionClosesAt(),
                c.judgingStartsAt(), c.publicityStartsAt(), c.publicityEndsAt(), c.publishAt(), c.maxEntriesPerStudent(),
                c.maxTeamSize(), c.advisorRequired(), c.originalityPledge(), c.requiresRecommendation(),
                categories.findByContestIdOrderByOrdinal(c.id()).stream().map(CategoryView::of).toList(), c.formFields(),
                coverUrl(c), now);
    }

    /** Changes with the image, so browsers may cache each version for long. */
    @Nullable
    private static String coverUrl(Contest contest) {
        if (contest.coverBlobKey() == null) {
            return null;
        }
        String key = contest.coverBlobKey();
        return "/api/contests/" + contest.id() + "/cover?v=" + key.substring(key.lastIndexOf('/') + 1);
    }

    private String newSlug() {
        String alphabet = "abcdefghjkmnpqrstuvwxyz23456789";
        StringBuilder slug;
        do {
            slug = new StringBuilder(String.valueOf(Year.now(clock.withZone(ZoneId.of(DEFAULT_ZONE))).getValue())).append('-');
            for (int i = 0; i < 6; i++) {
                slug.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
        } while (contests.existsBySlug(slug.toString()));
        return slug.toString();
    }

    private static ProblemException notFound() {
        return ProblemException.notFound("比赛不存在或尚未发布");
    }

    private static Pageable pageable(int page, int size) {
        return Pageable.from(Math.max(0, page), Math.max(1, Math.min(size, MAX_PAGE_SIZE)));
    }

    private static String zone(ContestForm form) {
        return form.zone() == null || form.zone().isBlank() ? DEFAULT_ZONE : form.zone().strip();
    }

    private static String pledge(ContestForm form) {
        return form.originalityPledge() == null || form.originalityPledge().isBlank() ? DEFAULT_PLEDGE : form.originalityPledge().strip();
    }

    private static List<FormField> fields(ContestForm form) {
        return form.formFields() == null ? List.of() : List.copyOf(form.formFields());
    }

    private static String text(@Nullable String text) {
        return text == null ? "" : text.strip();
    }

    @Nullable
    private static String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static int orDefault(@Nullable Integer value, int fallback) {
        return value == null ? fallback : value;
    }
}
