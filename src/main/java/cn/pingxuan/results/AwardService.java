package cn.pingxuan.results;

import cn.pingxuan.account.Actor;
import cn.pingxuan.common.AuditLog;
import cn.pingxuan.common.ProblemException;
import cn.pingxuan.contest.Contest;
import cn.pingxuan.contest.ContestStatus;
import cn.pingxuan.entry.EntryForJudging;
import cn.pingxuan.entry.EntryStatus;
import cn.pingxuan.entry.JudgingEntries;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The award list and the organizer's manual changes to it. Every change needs a reason and is audited with the
 * tier before and after; after publication an award can only be revoked.
 */
@Singleton
public class AwardService {

    private static final Set<EntryStatus> AWARDABLE = EnumSet.of(EntryStatus.ELIGIBLE, EntryStatus.RECOMMENDED,
            EntryStatus.IN_JUDGING, EntryStatus.ADVANCED, EntryStatus.ELIMINATED, EntryStatus.AWARDED);

    private final ResultsAccess access;
    private final AwardRepository awards;
    private final AwardTierRepository tiers;
    private final ObjectionRepository objections;
    private final WorkLabels labels;
    private final JudgingEntries entries;
    private final CertificateSerials serials;
    private final AuditLog audit;

    AwardService(ResultsAccess access, AwardRepository awards, AwardTierRepository tiers, ObjectionRepository objections,
                 WorkLabels labels, JudgingEntries entries, CertificateSerials serials, AuditLog audit) {
        this.access = access;
        this.awards = awards;
        this.tiers = tiers;
        this.objections = objections;
        this.labels = labels;
        this.entries = entries;
        this.serials = serials;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    public List<AwardView> list(Actor actor, long contestId) {
        access.read(actor, contestId);
        return views(contestId, awards.findByContestIdInOrder(contestId));
    }

    /** Moves an award to another tier of the same basis (JUDGING or PUBLICITY only). */
    @Transactional
    public AwardView changeTier(Actor actor, long awardId, AwardChangeForm form, String ip) {
        ResultsAccess.Managed managed = access.lock(actor, contestOf(awardId));
        Award award = awards.findByIdForUpdate(awardId).orElseThrow();
        requireEditable(managed.contest());
        String reason = reason(form);
        AwardTier tier = tierFor(award.contestId(), form.tierId(), award.categoryId(), award.basis());
        return views(award.contestId(), List.of(changeTier(award, tier, reason, actor.id(), ip))).get(0);
    }

    /** Awards a work the allocation left out (or reinstates a revoked award) with a reason. */
    @Transactional
    public AwardView add(Actor actor, long contestId, AwardChangeForm form, String ip) {
        ResultsAccess.Managed managed = access.lock(actor, contestId);
        requireEditable(managed.contest());
        String reason = reason(form);
        if (form.entryId() == null) {
            throw ProblemException.invalidField("entryId", "请选择作品");
        }
        EntryForJudging entry = entries.byIds(List.of(form.entryId())).stream()
                .filter(e -> e.contestId() == contestId).findFirst()
                .orElseThrow(() -> ProblemException.invalidField("entryId", "该作品不属于本比赛"));
        if (!AWARDABLE.contains(entry.status())) {
            throw ProblemException.conflict("作品 " + entry.label() + " 当前状态为“" + entry.status().label() + "”，不能获奖");
        }
        AwardTier tier = tierFor(contestId, form.tierId(), entry.categoryId(), null);
        Optional<Award> existing = awards.findByEntryId(entry.id()).stream().filter(a -> a.basis() == tier.basis()).findFirst();
        if (existing.isPresent() && existing.get().active()) {
            throw ProblemException.conflict("作品 " + entry.label() + " 已获“" + existing.get().tierName() + "”，请直接调整奖项");
        }
        Award saved = existing.map(revoked -> awards.update(revoked.withTier(tier, reason)))
                .orElseGet(() -> awards.save(new Award(null, contestId, entry.id(), entry.categoryId(), tier.id(),
                        tier.name(), tier.ordinal(), tier.basis(), 0, BigDecimal.ZERO.setScale(4), true, reason,
                        AwardStatus.ACTIVE, serials.next(), null, null, null)));
        audit.record(actor.id(), "results.award.add", "award", saved.id(), entry.label() + "：无 → " + tier.name()
                + "；理由：" + reason, ip);
        return views(contestId, List.of(saved)).get(0);
    }

    /** Revokes an award at any stage; after publication the work stops counting as awarded. */
    @Transactional
    public AwardView revoke(Actor actor, long awardId, AwardChangeForm form, String ip) {
        ResultsAccess.Managed managed = access.lock(actor, contestOf(awardId));
        Award award = awards.findByIdForUpdate(awardId).orElseThrow();
        String reason = reason(form);
        return views(award.contestId(), List.of(revoke(managed.contest(), award, reason, actor.id(), ip))).get(0);
    }

    Award changeTier(Award award, AwardTier tier, String reason, long actorId, String ip) {
        Award changed = awards.update(award.withTier(tier, reason));
        audit.record(actorId, "results.award.change", "award", award.id(), award.tierName() + "（" + award.status().label()
                + "） → " + tier.name() + "；理由：" + reason, ip);
        return changed;
    }

    Award revoke(Contest contest, Award award, String reason, long actorId, String ip) {
        if (!award.active()) {
            throw ProblemException.conflict("该奖项已撤销");
        }
        Award revoked = awards.update(award.revoked(reason));
        if (contest.status().resultsPublished()
                && awards.findByEntryId(award.entryId()).stream().noneMatch(Award::active)) {
            entries.awardRevoked(award.entryId(), actorId, ip);
        }
        audit.record(actorId, "results.award.revoke", "award", award.id(), award.tierName() + " → 撤销；理由：" + reason, ip);
        return revoked;
    }

    AwardTier tierFor(long contestId, Long tierId, long categoryId, AwardBasis basis) {
        if (tierId == null) {
            throw ProblemException.invalidField("tierId", "请选择奖项");
        }
        List<AwardTier> all = tiers.findByContestIdOrderByOrdinal(contestId);
        AwardTier tier = all.stream().filter(t -> t.id().equals(tierId)).findFirst()
                .orElseThrow(() -> ProblemException.invalidField("tierId", "该奖项不属于本比赛"));
        if ((basis != null && tier.basis() != basis)
                || !AwardAllocator.applicable(all, categoryId, tier.basis()).contains(tier)) {
            throw ProblemException.invalidField("tierId", "奖项“" + tier.name() + "”不适用于该作品的类别");
        }
        return tier;
    }

    static void requireEditable(Contest contest) {
        if (contest.status() != ContestStatus.JUDGING && contest.status() != ContestStatus.PUBLICITY) {
            throw ProblemException.conflict("比赛当前状态为“" + contest.status().label() + "”，只能撤销奖项，不能再调整");
        }
    }

    static String reason(AwardChangeForm form) {
        String reason = form.reason() == null ? "" : form.reason().strip();
        if (reason.length() < 2 || reason.length() > 500) {
            throw ProblemException.invalidField("reason", "请填写调整理由（2–500 字）");
        }
        return reason;
    }

    /** The contest first: its results row is locked before the award, the order allocation locks them in too. */
    private long contestOf(long awardId) {
        return awards.findById(awardId).orElseThrow(() -> ProblemException.notFound("奖项不存在")).contestId();
    }

    private List<AwardView> views(long contestId, List<Award> list) {
        Map<Long, WorkLabels.Work> works = labels.of(contestId, list.stream().map(Award::entryId).toList());
        Map<Long, Long> open = objections.findByContestIdOrderById(contestId).stream()
                .filter(o -> o.status() == ObjectionStatus.OPEN)
                .collect(Collectors.groupingBy(Objection::entryId, Collectors.counting()));
        return list.stream().map(a -> AwardView.of(a, works.get(a.entryId()), open.getOrDefault(a.entryId(), 0L))).toList();
    }
}
