package cn.pingxuan.results;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** A manual award change: the new tier (absent when revoking), the work (when adding one) and the reason. */
@Serdeable
public record AwardChangeForm(@Nullable Long entryId, @Nullable Long tierId, @Nullable String reason) {
}
