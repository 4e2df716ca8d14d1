package cn.pingxuan.entry;

import cn.pingxuan.account.Actor;
import cn.pingxuan.account.OrgUnit;
import cn.pingxuan.account.OrgUnitService;
import cn.pingxuan.account.Role;
import cn.pingxuan.account.UserLookup;
import cn.pingxuan.account.UserSummary;
import cn.pingxuan.common.AuditLog;
import cn.pingxuan.common.FieldError;
import cn.pingxuan.common.ProblemException;
import cn.pingxuan.contest.Contest;
import cn.pingxuan.contest.ContestCategory;
import cn.pingxuan.contest.ContestService;
import cn.pingxuan.media.Asset;
import cn.pingxuan.media.AssetStatus;
import cn.pingxuan.media.MediaAssets;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpStatus;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A student's own entries: draft, edit, submit, withdraw, while the contest's window is open. */
@Singleton
public class EntryService {

    private final EntryRepository entries;
    private final EntryMemberRepository members;
    private final ContestService contests;
    private final OrgUnitService units;
    private final UserLookup users;
    private final MediaAssets assets;
    private final EntryCodes codes;
    private final EntryViews views;
    private final EntryAccess access;
    private final AuditLog audit;
    private final Clock clock;
    private final EntryUpdates updates;

    EntryService(EntryRepository entries, EntryMemberRepository members, ContestService contests, OrgUnitService units,
                 UserLookup users, MediaAssets assets, EntryCodes codes, EntryViews views, EntryAccess access, AuditLog audit,
                 Clock clock, EntryUpdates updates) {
        this.updates = updates;
        this.entries = entries;
        this.members = members;
        this.contests = contests;
        this.units = units;
        this.users = users;
        this.assets = assets;
        this.codes = codes;
        this.views = views;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    /** The context an upload into an entry is checked in: its owner, window and category. */
    public record Uploadable(Entry entry, Contest contest, ContestCategory category) {
    }

    @Transactional
    public EntryView create(Actor actor, EntryForm form, String ip) {
        if (!actor.has(Role.STUDENT)) {
            throw ProblemException.forbidden("只有学生账号可以报名参赛");
        }
        if (form.contestId() == null || form.categoryId() == null) {
            throw ProblemException.invalidField(form.contestId() == null ? "contestId" : "categoryId", "请选择比赛和作品类别");
        }
        Contest contest = contests.require(form.contestId());
        if (!contest.status().isPublic()) {
            throw ProblemException.notFound("比赛不存在或尚未发布");
        }
        requireWindowOpen(contest);
        ContestCategory category = categoryOf(contest, form.categoryId());
        OrgUnit participants = units.directory().get(contest.participantUnitId()).orElseThrow();
        if (actor.unit() == null || !actor.unit().isWithin(participants)) {
            throw ProblemException.forbidden("你所在的单位不在本比赛的参赛范围内");
        }
        if (entries.countActiveBySubmitterAndCategory(actor.id(), category.id()) >= contest.maxEntriesPerStudent()) {
            throw ProblemException.conflict("每人在“" + category.name() + "”类别最多报名 " + contest.maxEntriesPerStudent() + " 件作品");
        }
        Map<String, Object> answers = answers(form);
        List<EntryMember> team = checkContent(actor, contest, form, answers);
        Entry saved = entries.save(new Entry(null, contest.id(), category.id(), null, form.title().strip(), text(form.summary()),
                actor.id(), actor.unit().id(), blankToNull(form.advisorName()), blankToNull(form.advisorUnit()), answers,
                form.pledgeAccepted(), EntryStatus.DRAFT, null, null, null, null, null));
        saveTeam(saved.id(), team);
        audit.record(actor.id(), "entry.create", "entry", saved.id(), saved.title(), ip);
        return views.one(saved);
    }

    @Transactional
    public EntryView update(Actor actor, long id, EntryForm form, String ip) {
        Uploadable owned = requireEditable(actor, id);
        Map<String, Object> answers = answers(form);
        List<EntryMember> team = checkContent(actor, owned.contest(), form, answers);
        Entry changed = owned.entry().withContent(form.title().strip(), text(form.summary()), blankToNull(form.advisorName()),
                blankToNull(form.advisorUnit()), answers, form.pledgeAccepted());
        if (changed.status() == EntryStatus.ELIGIBLE) {
            // an approved work that changes must be reviewed again
            changed = changed.withStatus(EntryStatus.SUBMITTED, null);
        }
        Entry saved = updates.save(owned.entry(), changed, actor.id());
        members.deleteByEntryId(id);
        saveTeam(id, team);
        audit.record(actor.id(), "entry.update", "entry", id, saved.title(), ip);
        return views.one(saved);
    }

    @Transactional
    public EntryView submit(Actor actor, long id, String ip) {
        Uploadable owned = requireEditable(actor, id);
        Entry entry = owned.entry();
        if (entry.status() == EntryStatus.SUBMITTED || entry.status() == EntryStatus.ELIGIBLE) {
            throw ProblemException.conflict("作品已提交，修改会自动保存，无需再次提交");
        }
        List<Asset> files = assets.originals(id);
        List<FieldError> errors = new ArrayList<>(EntryRules.checkComplete(owned.contest(), entry, files.size(),
                owned.category().maxImages()));
        files.stream().filter(a -> a.status() == AssetStatus.FAILED).findFirst().ifPresent(failed ->
                errors.add(new FieldError("file", "作品文件处理失败：" + failed.error() + "，请重新上传")));
        if (!errors.isEmpty()) {
            throw new ProblemException(HttpStatus.BAD_REQUEST, "validation", errors.get(0).message(), errors, null);
        }
        String code = entry.code() != null ? entry.code()
                : codes.next(owned.category().kind(), owned.contest().submissionOpensAt(), owned.contest().zone());
        Entry submitted = updates.save(entry, entry.submitted(code, clock.instant()), actor.id());
        audit.record(actor.id(), "entry.submit", "entry", id, code, ip);
        return views.one(submitted);
    }

    @Transactional
    public EntryView withdraw(Actor actor, long id, String ip) {
        Uploadable owned = requireEditable(actor, id);
        EntryStatus status = owned.entry().status();
        if (status != EntryStatus.SUBMITTED && status != EntryStatus.ELIGIBLE && status != EntryStatus.REJECTED) {
            throw ProblemException.conflict("只有已提交的作品可以撤回");
        }
        Entry withdrawn = updates.moveTo(owned.entry(), EntryStatus.WITHDRAWN, null, actor.id());
        audit.record(actor.id(), "entry.withdraw", "entry", id, status.name(), ip);
        return views.one(withdrawn);
    }

    /** A draft that was never submitted may be deleted with its files; a submitted one is withdrawn instead. */
    @Transactional
    public void deleteDraft(Actor actor, long id, String ip) {
        Entry entry = requireOwned(actor, id);
        if (entry.status() != EntryStatus.DRAFT || entry.code() != null) {
            throw ProblemException.conflict("已提交过的作品不能删除，可以撤回");
        }
        assets.originals(id).forEach(asset -> assets.remove(id, asset.id()));
        members.deleteByEntryId(id);
        entries.delete(entry);
        audit.record(actor.id(), "entry.delete", "entry", id, entry.title(), ip);
    }

    /**
     * A finished upload becomes the entry's file at {@code slot}; a file already there is replaced now. A changed
     * work that had passed review goes back for review.
     */
    @Transactional
    public void recordUploadedFile(long userId, long id, int slot, String blobKey, String fileName, String contentType,
                                   long bytes, String sha256) {
        Entry entry = entries.findById(id).filter(e -> e.submitterId() == userId).orElseThrow(EntryService::notFound);
        assets.recordOriginal(id, slot, blobKey, fileName, contentType, bytes, sha256);
        if (entry.status() == EntryStatus.ELIGIBLE) {
            updates.moveTo(entry, EntryStatus.SUBMITTED, null, userId);
        }
        audit.record(userId, "entry.file.upload", "entry", id, slot + " " + fileName + " " + bytes, null);
    }

    @Transactional
    public EntryView removeFile(Actor actor, long id, long assetId, String ip) {
        Uploadable owned = requireEditable(actor, id);
        if (!assets.remove(id, assetId)) {
            throw notFound();
        }
        audit.record(actor.id(), "entry.file.remove", "entry", id, String.valueOf(assetId), ip);
        return views.one(owned.entry());
    }

    @Transactional(readOnly = true)
    public List<EntryView> mine(Actor actor) {
        Map<Long, Entry> all = new LinkedHashMap<>();
        entries.findBySubmitterIdOrderByIdDesc(actor.id()).forEach(e -> all.put(e.id(), e));
        entries.findAsTeamMember(actor.id()).forEach(e -> all.putIfAbsent(e.id(), e));
        return views.of(all.values().stream().sorted(Comparator.comparing(Entry::id).reversed()).toList());
    }

    /** An entry for those who may read it (see {@link EntryAccess}); everyone else gets 404, as if it did not exist. */
    @Transactional(readOnly = true)
    public EntryView view(Actor actor, long id) {
        return views.one(requireReadable(actor, id));
    }

    @Transactional(readOnly = true)
    public Entry requireReadable(Actor actor, long id) {
        Entry entry = entries.findById(id).orElseThrow(EntryService::notFound);
        if (!access.mayRead(actor, entry)) {
            throw notFound();
        }
        return entry;
    }

    /** For the upload purpose: the entry may receive a file now (owner, window open, status allows). */
    @Transactional(readOnly = true)
    public Uploadable requireEditable(Actor actor, long id) {
        Entry entry = requireOwned(actor, id);
        Contest contest = contests.require(entry.contestId());
        requireWindowOpen(contest);
        if (!entry.status().editableByStudent()) {
            throw ProblemException.conflict("作品已进入“" + entry.status().label() + "”阶段，不能再修改");
        }
        return new Uploadable(entry, contest, categoryOf(contest, entry.categoryId()));
    }

    private Entry requireOwned(Actor actor, long id) {
        Entry entry = entries.findById(id).orElseThrow(EntryService::notFound);
        if (entry.submitterId() != actor.id()) {
            throw notFound();
        }
        return entry;
    }

    private List<EntryMember> checkContent(Actor actor, Contest contest, EntryForm form, Map<String, Object> answers) {
        List<FieldError> errors = new ArrayList<>(EntryRules.checkAnswers(contest, answers));
        List<EntryForm.MemberForm> team = form.members() == null ? List.of() : form.members();
        if (team.size() + 1 > contest.maxTeamSize()) {
            errors.add(new FieldError("members", contest.maxTeamSize() == 1 ? "本比赛只接受个人作品"
                    : "团队最多 " + contest.maxTeamSize() + " 人（含报名人）"));
        }
        List<EntryMember> result = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < team.size(); i++) {
            EntryForm.MemberForm member = team.get(i);
            String prefix = "members[" + i + "].";
            if (member.username() != null && !member.username().isBlank()) {
                UserSummary user = users.byUsername(member.username()).filter(UserSummary::active).orElse(null);
                if (user == null) {
                    errors.add(new FieldError(prefix + "username", "找不到学号/工号为“" + member.username().strip() + "”的用户"));
                } else if (user.id() == actor.id() || !seen.add("user:" + user.id())) {
                    errors.add(new FieldError(prefix + "username", "“" + user.displayName() + "”已在团队中"));
                } else {
                    result.add(new EntryMember(null, 0, i, user.id(), user.displayName(),
                            units.directory().pathName(user.unitId())));
                }
            } else if (member.name() == null || member.name().isBlank()) {
                errors.add(new FieldError(prefix + "name", "请填写成员姓名，或填写其学号/工号"));
            } else {
                result.add(new EntryMember(null, 0, i, null, member.name().strip(), blankToNull(member.unitName())));
            }
        }
        if (!errors.isEmpty()) {
            throw new ProblemException(HttpStatus.BAD_REQUEST, "validation", errors.get(0).message(), errors, null);
        }
        return result;
    }

    private void saveTeam(long entryId, List<EntryMember> team) {
        for (EntryMember member : team) {
            members.save(new EntryMember(null, entryId, member.ordinal(), member.userId(), member.name(), member.unitName()));
        }
    }

    private void requireWindowOpen(Contest contest) {
        if (!contest.acceptsSubmissionsAt(clock.instant())) {
            throw new ProblemException(HttpStatus.CONFLICT, "window-closed",
                    clock.instant().isBefore(contest.submissionOpensAt()) ? "作品征集尚未开始" : "作品征集已截止");
        }
    }

    private ContestCategory categoryOf(Contest contest, long categoryId) {
        return contests.categoriesOf(contest.id()).stream().filter(c -> c.id() == categoryId).findFirst()
                .orElseThrow(() -> ProblemException.invalidField("categoryId", "所选作品类别不属于本比赛"));
    }

    private static Map<String, Object> answers(EntryForm form) {
        return form.formData() == null ? new LinkedHashMap<>() : new LinkedHashMap<>(form.formData());
    }

    private static ProblemException notFound() {
        return ProblemException.notFound("作品不存在");
    }

    private static String text(@Nullable String text) {
        return text == null ? "" : text.strip();
    }

    @Nullable
    private static String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
