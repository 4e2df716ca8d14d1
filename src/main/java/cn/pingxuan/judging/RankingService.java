package cn.pingxuan.judging;

import cn.pingxuan.account.Actor;
import cn.pingxuan.common.ProblemException;
import cn.pingxuan.contest.ContestCategory;
import cn.pingxuan.contest.ContestService;
import cn.pingxuan.entry.EntryForJudging;
import cn.pingxuan.judging.ranking.Aggregation;
import cn.pingxuan.judging.ranking.RankedEntry;
import cn.pingxuan.judging.ranking.Ranking;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The ranking of a locked round, with every method recomputed from the stored scores beside the kept one. */
@Singleton
public class RankingService {

    private final RoundService rounds;
    private final RoundScores roundScores;
    private final RoundResultRepository results;
    private final ContestService contests;

    RankingService(RoundService rounds, RoundScores roundScores, RoundResultRepository results, ContestService contests) {
        this.rounds = rounds;
        this.roundScores = roundScores;
        this.results = results;
        this.contests = contests;
    }

    @Transactional(readOnly = true)
    public RankingView ranking(Actor actor, long roundId) {
        JudgingRound round = rounds.requireManaged(actor, roundId).round();
        if (round.status() != RoundStatus.LOCKED && round.status() != RoundStatus.FINALIZED) {
            throw ProblemException.conflict("本轮锁定后才有排名（当前：" + round.status().label() + "）");
        }
        RoundScores.Sheets scored = roundScores.submitted(roundId);
        Map<Aggregation, Map<Long, RankedEntry>> byMethod = new EnumMap<>(Aggregation.class);
        Ranking.rankAll(scored.scores()).forEach((method, roundWide) -> byMethod.put(method,
                scored.byCategory(roundWide).values().stream().flatMap(List::stream)
                        .collect(Collectors.toMap(RankedEntry::entryId, Function.identity()))));
        List<RoundResult> kept = results.findByRoundIdInOrder(roundId);
        Set<Long> advancing = RoundResult.advancing(kept, round.advanceRule());
        Map<Long, String> categoryNames = contests.categoriesOf(round.contestId()).stream()
                .collect(Collectors.toMap(ContestCategory::id, ContestCategory::name));
        List<RankingView.Row> rows = new ArrayList<>();
        for (RoundResult result : kept) {
            EntryForJudging entry = scored.entries().get(result.entryId());
            Map<Aggregation, BigDecimal> scores = new EnumMap<>(Aggregation.class);
            Map<Aggregation, Integer> ranks = new EnumMap<>(Aggregation.class);
            byMethod.forEach((method, ranked) -> {
                RankedEntry r = ranked.get(result.entryId());
                scores.put(method, BigDecimal.valueOf(r.score()).setScale(2, RoundingMode.HALF_UP));
                ranks.put(method, r.rank());
            });
            boolean advances = result.outcome() == null ? advancing.contains(result.entryId())
                    : result.outcome() == RoundOutcome.ADVANCED;
            rows.add(new RankingView.Row(result.entryId(), entry.code(), entry.title(), result.categoryId(),
                    categoryNames.getOrDefault(result.categoryId(), ""), result.placing(), result.tied(),
                    result.score().setScale(2, RoundingMode.HALF_UP), scores, ranks, result.judgeCount(), advances,
                    result.outcome()));
        }
        return new RankingView(roundId, round.aggregation(), List.of(Aggregation.values()),
                new RoundView.AdvanceRuleView(round.advanceKind(), round.advanceValue()),
                round.status() == RoundStatus.FINALIZED, rows);
    }
}
