package cn.pingxuan.judging;

import cn.pingxuan.contest.ContestService;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.util.List;

/** Rounds as a judge sees them, with the judge's own progress; editability on the server clock. */
@Singleton
class JudgeRoundViews {

    private final RoundCriterionRepository criteria;
    private final ContestService contests;
    private final Clock clock;

    JudgeRoundViews(RoundCriterionRepository criteria, ContestService contests, Clock clock) {
        this.criteria = criteria;
        this.contests = contests;
        this.clock = clock;
    }

    JudgeRoundView of(JudgingRound round, List<Assignment> own) {
        Progress progress = Progress.of(own);
        return new JudgeRoundView(round.id(), round.name(), contests.require(round.contestId()).title(), round.status(),
                round.status().label(), round.blind(), round.opensAt(), round.closesAt(), round.acceptsScores(clock.instant()),
                criteria.findByRoundIdOrderByOrdinal(round.id()).stream().map(JudgeRoundView.Criterion::of).toList(),
                progress.assigned(), progress.submitted());
    }

    JudgeRoundView.Summary summary(JudgingRound round, List<Assignment> own) {
        Progress progress = Progress.of(own);
        return new JudgeRoundView.Summary(round.id(), round.contestId(), contests.require(round.contestId()).title(),
                round.name(), round.status(), round.status().label(), round.blind(), round.opensAt(), round.closesAt(),
                round.acceptsScores(clock.instant()), progress.assigned(), progress.submitted());
    }

    /** 已评 submitted / assigned, over the entries the judge still holds (recused ones are someone else's now). */
    private record Progress(int assigned, int submitted) {

        static Progress of(List<Assignment> own) {
            return new Progress((int) own.stream().filter(a -> a.status().active()).count(),
                    (int) own.stream().filter(a -> a.status() == AssignmentStatus.SUBMITTED).count());
        }
    }
}
