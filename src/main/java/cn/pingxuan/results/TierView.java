package cn.pingxuan.results;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.math.BigDecimal;

@Serdeable
public record TierView(long id, @Nullable Long categoryId, int ordinal, String name, AwardBasis basis, QuotaKind quotaKind,
                       BigDecimal quotaValue) {

    static TierView of(AwardTier tier) {
        return new TierView(tier.id(), tier.categoryId(), tier.ordinal(), tier.name(), tier.basis(), tier.quotaKind(),
                tier.quotaValue());
    }
}
