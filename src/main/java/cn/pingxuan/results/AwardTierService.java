package cn.pingxuan.results;

import cn.pingxuan.account.Actor;
import cn.pingxuan.common.AuditLog;
import cn.pingxuan.common.FieldError;
import cn.pingxuan.common.ProblemException;
import cn.pingxuan.contest.ContestCategory;
import cn.pingxuan.contest.ContestService;
import cn.pingxuan.contest.ContestStatus;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpStatus;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** Award tiers: set while the contest is judged; replacing them clears awards allocated from the old ones. */
@Singleton
public class AwardTierService {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final ResultsAccess access;
    private final AwardTierRepository tiers;
    private final AwardRepository awards;
    private final ContestService contests;
    private final AuditLog audit;

    AwardTierService(ResultsAccess access, AwardTierRepository tiers, AwardRepository awards, ContestService contests,
                     AuditLog audit) {
        this.access = access;
        this.tiers = tiers;
        this.awards = awards;
        this.contests = contests;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    public List<TierView> list(Actor actor, long contestId) {
        access.read(actor, contestId);
        return tiers.findByContestIdOrderByOrdinal(contestId).stream().map(TierView::of).toList();
    }

    @Transactional
    public List<TierView> replace(Actor actor, long contestId, TierForm form, String ip) {
        ResultsAccess.Managed managed = access.lock(actor, contestId);
        if (managed.contest().status() != ContestStatus.JUDGING) {
            throw ProblemException.conflict("只能在评审阶段设置奖项（当前：" + managed.contest().status().label() + "）");
        }
        Set<Long> categories = contests.categoriesOf(contestId).stream().map(ContestCategory::id).collect(Collectors.toSet());
        check(form.tiers(), categories);
        boolean hadAwards = awards.existsByContestId(contestId);
        awards.deleteByContestId(contestId);
        tiers.deleteByContestId(contestId);
        Map<String, Integer> ordinals = new HashMap<>();
        List<AwardTier> saved = new ArrayList<>();
        for (TierForm.Tier tier : form.tiers()) {
            int ordinal = ordinals.merge(tier.categoryId() + ":" + tier.basis(), 1, Integer::sum);
            saved.add(tiers.save(new AwardTier(null, contestId, tier.categoryId(), ordinal, tier.name().strip(),
                    tier.basis(), tier.quotaKind(), tier.quotaValue())));
        }
        audit.record(actor.id(), "results.tiers", "contest", contestId, saved.stream()
                .map(t -> t.name() + " " + t.quotaValue().stripTrailingZeros().toPlainString()
                        + (t.quotaKind() == QuotaKind.PERCENT ? "%" : "名"))
                .collect(Collectors.joining("，")) + (hadAwards ? "；已分配的奖项已清除" : ""), ip);
        return saved.stream().map(TierView::of).toList();
    }

    private static void check(List<TierForm.Tier> submitted, Set<Long> categories) {
        List<FieldError> errors = new ArrayList<>();
        Set<String> names = new HashSet<>();
        Map<String, BigDecimal> percentPerGroup = new HashMap<>();
        for (int i = 0; i < submitted.size(); i++) {
            TierForm.Tier tier = submitted.get(i);
            String at = "tiers[" + i + "].";
            String name = tier.name() == null ? "" : tier.name().strip();
            if (name.isEmpty() || name.length() > 30) {
                errors.add(new FieldError(at + "name", "请填写奖项名称（不超过 30 个字）"));
            } else if (!names.add(tier.categoryId() + ":" + tier.basis() + ":" + name)) {
                errors.add(new FieldError(at + "name", "奖项“" + name + "”重复"));
            }
            if (tier.categoryId() != null && !categories.contains(tier.categoryId())) {
                errors.add(new FieldError(at + "categoryId", "该类别不属于本比赛"));
            }
            if (tier.basis() == null) {
                errors.add(new FieldError(at + "basis", "请选择评奖依据"));
            }
            int before = errors.size();
            checkQuota(tier, at, errors);
            if (tier.quotaKind() == QuotaKind.PERCENT && errors.size() == before) {
                String group = tier.categoryId() + ":" + tier.basis();
                BigDecimal sum = percentPerGroup.merge(group, tier.quotaValue(), BigDecimal::add);
                if (sum.compareTo(HUNDRED) > 0) {
                    errors.add(new FieldError(at + "quotaValue", "同一类别的奖项比例合计不能超过 100%"));
                }
            }
        }
        if (!errors.isEmpty()) {
            throw new ProblemException(HttpStatus.BAD_REQUEST, "validation", errors.get(0).message(), errors, null);
        }
    }

    private static void checkQuota(TierForm.Tier tier, String at, List<FieldError> errors) {
        @Nullable BigDecimal value = tier.quotaValue();
        if (tier.quotaKind() == null) {
            errors.add(new FieldError(at + "quotaKind", "请选择按名额还是按比例"));
        } else if (value == null || value.signum() <= 0) {
            errors.add(new FieldError(at + "quotaValue", "名额或比例必须大于 0"));
        } else if (tier.quotaKind() == QuotaKind.COUNT && (value.stripTrailingZeros().scale() > 0
                || value.compareTo(BigDecimal.valueOf(10_000)) > 0)) {
            errors.add(new FieldError(at + "quotaValue", "名额必须是不超过 10000 的整数"));
        } else if (tier.quotaKind() == QuotaKind.PERCENT && (value.compareTo(HUNDRED) > 0 || value.scale() > 2)) {
            errors.add(new FieldError(at + "quotaValue", "比例必须在 0 到 100 之间，最多两位小数"));
        }
    }
}
