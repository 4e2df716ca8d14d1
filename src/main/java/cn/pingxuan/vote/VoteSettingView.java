package cn.pingxuan.vote;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A contest's vote settings for its organizers. {@code frozen}: the window has opened, so only a later
 * {@code closesAt} and {@code hideCounts} may still change.
 */
@Serdeable
public record VoteSettingView(long contestId, String slug, boolean configured, boolean enabled, @Nullable Instant opensAt,
                              @Nullable Instant closesAt, int dailyVotes, boolean hideCounts, BigDecimal scoreShare,
                              boolean frozen) {

    static VoteSettingView of(String slug, VoteSetting s, boolean frozen) {
        return new VoteSettingView(s.contestId(), slug, true, s.enabled(), s.opensAt(), s.closesAt(), s.dailyVotes(),
                s.hideCounts(), s.scoreShare(), frozen);
    }

    static VoteSettingView unconfigured(long contestId, String slug) {
        return new VoteSettingView(contestId, slug, false, false, null, null, 3, true, BigDecimal.ZERO, false);
    }
}
