package cn.pingxuan.results;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.math.BigDecimal;

/**
 * One award level (一等奖, 二等奖, …) of a contest, for every category ({@code categoryId} null) or one category.
 * Tiers of the same basis are allocated in {@code ordinal} order down the ranking.
 */
@MappedEntity("award_tier")
public record AwardTier(@Id @GeneratedValue @Nullable Long id, long contestId, @Nullable Long categoryId, int ordinal,
                        String name, AwardBasis basis, QuotaKind quotaKind, BigDecimal quotaValue) {
}
