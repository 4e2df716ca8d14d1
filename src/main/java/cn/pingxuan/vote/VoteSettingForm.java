package cn.pingxuan.vote;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.math.BigDecimal;
import java.time.Instant;

/** An organizer's vote settings; checked by {@link VoteSettingRules} so every problem comes back with its field. */
@Serdeable
public record VoteSettingForm(boolean enabled, @Nullable Instant opensAt, @Nullable Instant closesAt,
                              @Nullable Integer dailyVotes, boolean hideCounts, @Nullable BigDecimal scoreShare) {
}
