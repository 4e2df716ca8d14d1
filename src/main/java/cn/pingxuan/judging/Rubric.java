package cn.pingxuan.judging;

import io.micronaut.core.annotation.Nullable;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * A round's criteria and the arithmetic on them: an assignment's total is Σ value / maxScore × weight, on a 0..100
 * scale, kept to 2 decimals so what is stored, shown and ranked is the same number.
 */
public record Rubric(List<RoundCriterion> criteria) {

    public static final BigDecimal FULL_WEIGHT = BigDecimal.valueOf(100);

    /** The weighted total, or null while a criterion has no score. */
    @Nullable
    public BigDecimal total(Map<Long, BigDecimal> scoreByCriterion) {
        BigDecimal sum = BigDecimal.ZERO;
        for (RoundCriterion criterion : criteria) {
            BigDecimal value = scoreByCriterion.get(criterion.id());
            if (value == null) {
                return null;
            }
            sum = sum.add(value.multiply(criterion.weight()).divide(criterion.maxScore(), 10, RoundingMode.HALF_UP));
        }
        return sum.setScale(2, RoundingMode.HALF_UP);
    }

    /** The criterion that breaks ties: the highest weight, the first in rubric order among equals. */
    public RoundCriterion tieBreaker() {
        return criteria.stream().max(Comparator.comparing(RoundCriterion::weight)
                .thenComparing(RoundCriterion::ordinal, Comparator.reverseOrder())).orElseThrow();
    }

    /** The tie-break criterion's score on the 0..100 scale, so rounds with different maxima compare alike. */
    public double tieBreakValue(Map<Long, BigDecimal> scoreByCriterion) {
        RoundCriterion criterion = tieBreaker();
        BigDecimal value = scoreByCriterion.get(criterion.id());
        return value == null ? 0 : value.doubleValue() * 100 / criterion.maxScore().doubleValue();
    }
}
