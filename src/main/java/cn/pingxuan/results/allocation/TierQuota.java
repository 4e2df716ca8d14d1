package cn.pingxuan.results.allocation;

import cn.pingxuan.results.QuotaKind;

/** A tier's share of the ranking: {@code value} works, or {@code value} percent of the ranked works. */
public record TierQuota(long tierId, String name, QuotaKind kind, double value) {

    /** Seats out of {@code ranked} works; percentages round half up (10 % of 25 is 3), never below zero. */
    public int seats(int ranked) {
        double exact = kind == QuotaKind.COUNT ? value : value * ranked / 100.0;
        return (int) Math.max(0, Math.floor(exact + 0.5 + 1e-9));
    }
}
