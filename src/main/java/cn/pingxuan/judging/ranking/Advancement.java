package cn.pingxuan.judging.ranking;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Applies an {@link AdvanceRule} to one category's ranking. Ranks are counted within the given entries (see
 * {@link Ranking#rerank}), so the category's slice of a round-wide ranking can be passed as it is.
 */
public final class Advancement {

    private Advancement() {
    }

    /** The ids of the advancing entries, in ranking order. */
    public static Set<Long> select(List<RankedEntry> category, AdvanceRule rule) {
        List<RankedEntry> ranked = Ranking.rerank(category);
        Predicate<RankedEntry> advances = switch (rule.kind()) {
            case TOP_N -> withinTop((long) rule.value());
            case TOP_PERCENT -> withinTop(topPercentCount(ranked.size(), rule.value()));
            case THRESHOLD -> entry -> Decimals.hundredths(entry.score()) >= Decimals.hundredths(rule.value());
        };
        Set<Long> ids = new LinkedHashSet<>();
        for (RankedEntry entry : ranked) {
            if (advances.test(entry)) {
                ids.add(entry.entryId());
            }
        }
        return ids;
    }

    /** ceil(count × percent / 100) in decimal arithmetic: in doubles 64.4 % of 250 is 161.00000000000003, ceil 162. */
    static long topPercentCount(int count, double percent) {
        return BigDecimal.valueOf(percent).multiply(BigDecimal.valueOf(count))
                .divide(BigDecimal.valueOf(100), 0, RoundingMode.CEILING).longValueExact();
    }

    private static Predicate<RankedEntry> withinTop(long n) {
        return entry -> entry.rank() <= n;
    }
}
