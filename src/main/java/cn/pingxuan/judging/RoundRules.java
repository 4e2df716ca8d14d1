package cn.pingxuan.judging;

import cn.pingxuan.common.FieldError;
import cn.pingxuan.judging.ranking.AdvanceRule;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The checks on a round form that bean validation cannot express, each with the field it belongs to. */
final class RoundRules {

    static final int MAX_JUDGES_PER_ENTRY = 20;
    static final int MAX_CRITERIA = 20;
    private static final BigDecimal MAX_SCORE_LIMIT = BigDecimal.valueOf(1000);

    private RoundRules() {
    }

    static List<FieldError> check(RoundForm form, Set<Long> contestCategoryIds) {
        List<FieldError> errors = new ArrayList<>();
        if (!form.closesAt().isAfter(form.opensAt())) {
            errors.add(new FieldError("closesAt", "评审截止时间必须晚于开始时间"));
        }
        if (form.judgesPerEntry() < 1 || form.judgesPerEntry() > MAX_JUDGES_PER_ENTRY) {
            errors.add(new FieldError("judgesPerEntry", "每件作品的评委人数应在 1 到 " + MAX_JUDGES_PER_ENTRY + " 之间"));
        }
        Set<Long> seen = new HashSet<>();
        for (Long categoryId : form.categoryIds()) {
            if (categoryId == null || !contestCategoryIds.contains(categoryId) || !seen.add(categoryId)) {
                errors.add(new FieldError("categoryIds", "所选类别不属于本比赛或重复"));
                break;
            }
        }
        checkAdvanceRule(form.advanceRule(), errors);
        checkCriteria(form.criteria(), errors);
        return errors;
    }

    /** The rule's own constructor knows what fits each kind, and says it in Chinese. */
    private static void checkAdvanceRule(RoundForm.AdvanceRuleForm rule, List<FieldError> errors) {
        try {
            new AdvanceRule(rule.kind(), rule.value().doubleValue());
        } catch (IllegalArgumentException e) {
            errors.add(new FieldError("advanceRule.value", e.getMessage()));
        }
    }

    private static void checkCriteria(List<RoundForm.CriterionForm> criteria, List<FieldError> errors) {
        if (criteria.size() > MAX_CRITERIA) {
            errors.add(new FieldError("criteria", "评分项不能超过 " + MAX_CRITERIA + " 项"));
            return;
        }
        BigDecimal weights = BigDecimal.ZERO;
        for (int i = 0; i < criteria.size(); i++) {
            RoundForm.CriterionForm criterion = criteria.get(i);
            if (criterion.maxScore().signum() <= 0 || criterion.maxScore().compareTo(MAX_SCORE_LIMIT) > 0
                    || criterion.maxScore().stripTrailingZeros().scale() > 1) {
                errors.add(new FieldError("criteria[" + i + "].maxScore", "满分应大于 0、不超过 1000，最多一位小数"));
            }
            if (criterion.weight().signum() <= 0 || criterion.weight().stripTrailingZeros().scale() > 2) {
                errors.add(new FieldError("criteria[" + i + "].weight", "权重应大于 0，最多两位小数"));
            }
            weights = weights.add(criterion.weight());
        }
        if (weights.compareTo(Rubric.FULL_WEIGHT) != 0) {
            errors.add(new FieldError("criteria", "各评分项权重之和应为 100%，现为 " + weights.stripTrailingZeros().toPlainString() + "%"));
        }
    }
}
