package cn.pingxuan.judging;

import cn.pingxuan.common.ProblemException;
import cn.pingxuan.contest.Contest;
import cn.pingxuan.entry.EntryForJudging;
import cn.pingxuan.entry.JudgingEntries;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.util.List;
import java.util.Set;

/**
 * The entries a round takes: the first round the eligible (or, with unit recommendation, the recommended) entries
 * of its categories; a later round those the previous round advanced.
 */
@Singleton
class RoundEntries {

    private final RoundRepository rounds;
    private final RoundResultRepository results;
    private final RoundService roundService;
    private final JudgingEntries entries;

    RoundEntries(RoundRepository rounds, RoundResultRepository results, RoundService roundService, JudgingEntries entries) {
        this.rounds = rounds;
        this.results = results;
        this.roundService = roundService;
        this.entries = entries;
    }

    @Transactional(readOnly = true)
    List<EntryForJudging> of(JudgingRound round, Contest contest) {
        Set<Long> categories = roundService.categoryIds(round.id());
        if (round.ordinal() == 1) {
            return entries.firstRoundCandidates(contest.id(), categories, contest.requiresRecommendation());
        }
        JudgingRound previous = rounds.findByContestIdAndOrdinal(contest.id(), round.ordinal() - 1).orElseThrow();
        if (previous.status() != RoundStatus.FINALIZED) {
            throw ProblemException.conflict("上一轮（" + previous.name() + "）尚未完成晋级，本轮还没有作品");
        }
        List<Long> advanced = results.findByRoundIdInOrder(previous.id()).stream()
                .filter(r -> r.outcome() == RoundOutcome.ADVANCED && categories.contains(r.categoryId()))
                .map(RoundResult::entryId).toList();
        return entries.byIds(advanced);
    }
}
