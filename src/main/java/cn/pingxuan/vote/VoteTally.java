package cn.pingxuan.vote;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** What results need from the vote: each work's count and the share the vote takes of the final score. */
@Singleton
public class VoteTally {

    private final VoteSettingRepository settings;
    private final VoteRepository votes;

    VoteTally(VoteSettingRepository settings, VoteRepository votes) {
        this.settings = settings;
        this.votes = votes;
    }

    @Transactional(readOnly = true)
    public Optional<VoteSetting> setting(long contestId) {
        return settings.findById(contestId).filter(VoteSetting::enabled);
    }

    /** Votes per entry (entries without votes are absent). */
    @Transactional(readOnly = true)
    public Map<Long, Long> counts(long contestId) {
        return votes.countByEntry(contestId).stream().collect(Collectors.toMap(VoteCount::entryId, VoteCount::votes));
    }

    /** Percent of the final score the vote makes up; zero without an enabled vote. */
    @Transactional(readOnly = true)
    public BigDecimal scoreShare(long contestId) {
        return setting(contestId).map(VoteSetting::scoreShare).orElse(BigDecimal.ZERO);
    }
}
