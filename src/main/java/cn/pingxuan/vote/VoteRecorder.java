package cn.pingxuan.vote;

import cn.pingxuan.account.Actor;
import cn.pingxuan.common.ProblemException;
import io.micronaut.http.HttpStatus;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

/** Records one vote after checking the window, the candidate, authorship and the day's limits, all in one transaction. */
@Singleton
class VoteRecorder {

    static final int USER_AGENT_MAX = 300;

    private final CandidateRepository candidates;
    private final VoteRepository votes;
    private final VoteQuota quota;
    private final VoteTally tally;
    private final Clock clock;

    VoteRecorder(CandidateRepository candidates, VoteRepository votes, VoteQuota quota, VoteTally tally, Clock clock) {
        this.candidates = candidates;
        this.votes = votes;
        this.quota = quota;
        this.tally = tally;
        this.clock = clock;
    }

    @Transactional
    public VoteBoard.Receipt record(VoteContext context, Actor voter, long entryId, String ip, String userAgent) {
        Instant now = clock.instant();
        VoteSetting setting = context.setting();
        if (now.isBefore(setting.opensAt())) {
            throw new ProblemException(HttpStatus.CONFLICT, "vote-not-open", "投票尚未开始");
        }
        if (!now.isBefore(setting.closesAt())) {
            throw new ProblemException(HttpStatus.CONFLICT, "vote-closed", "投票已结束");
        }
        candidates.candidate(context.contestId(), entryId)
                .orElseThrow(() -> ProblemException.notFound("作品不存在或不在投票范围内"));
        if (candidates.countAuthored(entryId, voter.id()) > 0) {
            throw new ProblemException(HttpStatus.CONFLICT, "vote-own-entry", "不能给自己参与创作的作品投票");
        }
        LocalDate day = context.dayAt(now);
        if (votes.existsByEntryIdAndUserIdAndVoteDay(entryId, voter.id(), day)) {
            throw Voting.alreadyVoted();
        }
        int used = quota.take(context.contestId(), voter.id(), day);
        if (used > setting.dailyVotes()) {
            throw new ProblemException(HttpStatus.CONFLICT, "vote-daily-limit",
                    "今天的 " + setting.dailyVotes() + " 票已经投完，明天再来吧");
        }
        votes.save(new Vote(null, context.contestId(), entryId, voter.id(), day, ip, truncate(userAgent), now));
        Long count = context.countsVisibleAt(now) ? tally.counts(context.contestId()).getOrDefault(entryId, 0L) : null;
        return new VoteBoard.Receipt(entryId, setting.dailyVotes() - used, count);
    }

    private static String truncate(String userAgent) {
        return userAgent.length() <= USER_AGENT_MAX ? userAgent : userAgent.substring(0, USER_AGENT_MAX);
    }
}
