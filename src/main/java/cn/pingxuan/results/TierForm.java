package cn.pingxuan.results;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import java.math.BigDecimal;
import java.util.List;

/** The contest's award tiers in order, highest first within each category and basis. */
@Serdeable
public record TierForm(@NotNull @Valid List<Tier> tiers) {

    @Serdeable
    public record Tier(@Nullable Long categoryId, @Nullable String name, @Nullable AwardBasis basis,
                       @Nullable QuotaKind quotaKind, @Nullable BigDecimal quotaValue) {
    }
}
