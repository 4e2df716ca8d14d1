package cn.pingxuan.vote;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Version;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A contest's public vote: its window, how many votes a user has per day (at most one per work per day), whether
 * counts stay hidden until the window closes, and the share (percent) the vote takes of the final score — zero
 * when it only feeds a separate popularity award (人气奖).
 */
@MappedEntity("vote_setting")
public record VoteSetting(@Id long contestId, boolean enabled, Instant opensAt, Instant closesAt, int dailyVotes,
                          boolean hideCounts, BigDecimal scoreShare, @Version @Nullable Long version) {

    public boolean openAt(Instant now) {
        return enabled && !now.isBefore(opensAt) && now.isBefore(closesAt);
    }
}
