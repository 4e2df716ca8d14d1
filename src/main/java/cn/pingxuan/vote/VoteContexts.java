package cn.pingxuan.vote;

import cn.pingxuan.common.ProblemException;
import cn.pingxuan.contest.ContestDetail;
import cn.pingxuan.contest.ContestService;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

/** Finds the vote of a public contest; a draft contest or one without an enabled vote answers 404. */
@Singleton
class VoteContexts {

    private final ContestService contests;
    private final VoteSettingRepository settings;

    VoteContexts(ContestService contests, VoteSettingRepository settings) {
        this.contests = contests;
        this.settings = settings;
    }

    @Transactional(readOnly = true)
    public VoteContext require(String slugOrId) {
        ContestDetail detail = contests.view(null, slugOrId);
        VoteSetting setting = settings.findById(detail.id()).filter(VoteSetting::enabled)
                .orElseThrow(() -> ProblemException.notFound("该比赛没有开放投票"));
        return new VoteContext(contests.require(detail.id()), setting);
    }
}
