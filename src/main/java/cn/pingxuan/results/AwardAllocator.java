package cn.pingxuan.results;

import cn.pingxuan.account.Actor;
import cn.pingxuan.common.AuditLog;
import cn.pingxuan.common.ProblemException;
import cn.pingxuan.contest.ContestStatus;
import cn.pingxuan.results.allocation.BoundaryTie;
import cn.pingxuan.results.allocation.RankedWork;
import cn.pingxuan.results.allocation.TieDecision;
import cn.pingxuan.results.allocation.TierAllocation;
import cn.pingxuan.results.allocation.TierQuota;
import io.micronaut.http.HttpStatus;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** Allocates the tiers down each category's final order: a preview first, then the awards are written. */
@Singleton
public class AwardAllocator {

    private final ResultsAccess access;
    private final Standings standings;
    private final AwardTierRepository tiers;
    private final AwardRepository awards;
    private final ContestResultsRepository results;
    private final WorkLabels labels;
    private final CertificateSerials serials;
    private final AuditLog audit;
    private final Clock clock;

    AwardAllocator(ResultsAccess access, Standings standings, AwardTierRepository tiers, AwardRepository awards,
                   ContestResultsRepository results, WorkLabels labels, CertificateSerials serials, AuditLog audit,
                   Clock clock) {
        this.access = access;
        this.standings = standings;
        this.tiers = tiers;
        this.awards = awards;
        this.results = results;
        this.labels = labels;
        this.serials = serials;
        this.audit = audit;
        this.clock = clock;
    }

    private record Planned(AwardBasis basis, long categoryId, String roundName, List<RankedWork> order,
                           List<AwardTier> tiers, TierAllocation.Result result) {
    }

    @Transactional(readOnly = true)
    public AllocationView preview(Actor actor, long contestId, AllocationForm form) {
        ResultsAccess.Managed managed = access.read(actor, contestId);
        return view(contestId, plan(contestId, form.tieDecisions()), form.tieDecisions(), managed.results());
    }

    /** Replaces any earlier allocation; every tie at a tier edge must be decided (409 listing them otherwise). */
    @Transactional
    public AllocationView allocate(Actor actor, long contestId, AllocationForm form, String ip) {
        ResultsAccess.Managed managed = access.lock(actor, contestId);
        if (managed.contest().status() != ContestStatus.JUDGING) {
            throw ProblemException.conflict("只能在评审阶段分配奖项（当前：" + managed.contest().status().label() + "）");
        }
        List<Planned> plan = plan(contestId, form.tieDecisions());
        List<BoundaryTie> undecided = plan.stream().flatMap(p -> p.result().undecided().stream()).toList();
        if (!undecided.isEmpty()) {
            throw new ProblemException(HttpStatus.CONFLICT, "tie-undecided", "有 " + undecided.size()
                    + " 处并列跨越奖项分界（如“" + undecided.get(0).tierName() + "”第 " + undecided.get(0).placing()
                    + " 名并列 " + undecided.get(0).entryIds().size() + " 件），请先决定并列作品的奖项", List.of(), undecided);
        }
        awards.deleteByContestId(contestId);
        int count = 0;
        for (Planned planned : plan) {
            Map<Long, AwardTier> tierById = planned.tiers().stream().collect(Collectors.toMap(AwardTier::id, t -> t));
            for (TierAllocation.Placed placed : planned.result().placed()) {
                AwardTier tier = tierById.get(placed.tierId());
                awards.save(new Award(null, contestId, placed.entryId(), planned.categoryId(), tier.id(), tier.name(),
                        tier.ordinal(), planned.basis(), placed.placing(), decimal(placed.score()), false, null,
                        AwardStatus.ACTIVE, serials.next(), null, null, null));
                count++;
            }
        }
        ContestResults allocated = results.update(managed.results().allocated(clock.instant()));
        audit.record(actor.id(), "results.allocate", "contest", contestId, count + " 个奖项" + (form.tieDecisions().isEmpty()
                ? "" : "；并列决定：" + form.tieDecisions().stream().map(d -> d.key() + "→" + d.entryIds())
                .collect(Collectors.joining("，"))), ip);
        return view(contestId, plan, form.tieDecisions(), allocated);
    }

    private List<Planned> plan(long contestId, List<TieDecision> decisions) {
        List<AwardTier> all = tiers.findByContestIdOrderByOrdinal(contestId);
        if (all.isEmpty()) {
            throw ProblemException.conflict("请先设置奖项等级");
        }
        List<Planned> plan = new ArrayList<>();
        for (Standings.Category category : standings.of(contestId).values()) {
            for (AwardBasis basis : AwardBasis.values()) {
                List<AwardTier> applicable = applicable(all, category.categoryId(), basis);
                if (applicable.isEmpty()) {
                    continue;
                }
                List<TierQuota> quotas = applicable.stream().map(t -> new TierQuota(t.id(), t.name(), t.quotaKind(),
                        t.quotaValue().doubleValue())).toList();
                List<RankedWork> order = category.by(basis);
                plan.add(new Planned(basis, category.categoryId(), category.roundName(), order, applicable,
                        TierAllocation.allocate(order, quotas, decisions)));
            }
        }
        return plan;
    }

    /** A category's own tiers of a basis when it has any; the contest-wide ones otherwise. */
    static List<AwardTier> applicable(List<AwardTier> all, long categoryId, AwardBasis basis) {
        List<AwardTier> own = all.stream().filter(t -> t.basis() == basis && Long.valueOf(categoryId).equals(t.categoryId()))
                .toList();
        return own.isEmpty() ? all.stream().filter(t -> t.basis() == basis && t.categoryId() == null).toList() : own;
    }

    private AllocationView view(long contestId, List<Planned> plan, List<TieDecision> decisions, ContestResults state) {
        Set<Long> ids = new HashSet<>();
        plan.forEach(p -> p.order().forEach(w -> ids.add(w.entryId())));
        Map<Long, WorkLabels.Work> works = labels.of(contestId, ids);
        Map<Long, String> categoryNames = labels.categoryNames(contestId);
        Map<String, List<Long>> decided = new HashMap<>();
        decisions.forEach(d -> decided.put(d.key(), d.entryIds()));
        List<AllocationView.Section> sections = new ArrayList<>();
        for (Planned planned : plan) {
            Map<Long, AwardTier> tierOf = new HashMap<>();
            Map<Long, AwardTier> tierById = planned.tiers().stream().collect(Collectors.toMap(AwardTier::id, t -> t));
            planned.result().placed().forEach(p -> tierOf.put(p.entryId(), tierById.get(p.tierId())));
            Set<Long> pending = planned.result().undecided().stream().flatMap(t -> t.entryIds().stream())
                    .collect(Collectors.toSet());
            List<AllocationView.Row> rows = planned.order().stream().map(w -> {
                WorkLabels.Work work = works.get(w.entryId());
                AwardTier tier = tierOf.get(w.entryId());
                return new AllocationView.Row(w.entryId(), work.code(), work.title(), work.unitName(), w.placing(),
                        w.score(), tier == null ? null : tier.id(), tier == null ? null : tier.name(),
                        pending.contains(w.entryId()));
            }).toList();
            List<AllocationView.Seats> seats = planned.tiers().stream().map(t -> new AllocationView.Seats(t.id(), t.name(),
                    new TierQuota(t.id(), t.name(), t.quotaKind(), t.quotaValue().doubleValue()).seats(planned.order().size())))
                    .toList();
            List<AllocationView.Tie> ties = planned.result().ties().stream().map(t -> new AllocationView.Tie(t.tierId(),
                    t.tierName(), t.placing(), t.entryIds(), t.seats(), decided.get(t.key()))).toList();
            sections.add(new AllocationView.Section(planned.categoryId(),
                    categoryNames.getOrDefault(planned.categoryId(), ""), planned.basis(),
                    planned.basis() == AwardBasis.SCORE ? planned.roundName() : AwardBasis.VOTES.label(),
                    planned.order().size(), seats, rows, ties));
        }
        boolean complete = plan.stream().allMatch(p -> p.result().complete());
        return new AllocationView(sections, complete, state.allocatedAt());
    }

    private static BigDecimal decimal(double value) {
        return BigDecimal.valueOf(value).setScale(4, RoundingMode.HALF_UP);
    }
}
