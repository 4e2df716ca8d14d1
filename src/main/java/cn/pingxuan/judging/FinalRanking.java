package cn.pingxuan.judging;

import cn.pingxuan.common.ProblemException;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The ranking awards are allocated from: for each category, the kept ranking of the last round that judged it.
 * That round must be locked (or finalized); rounds still being set up or scored block the results.
 */
@Singleton
public class FinalRanking {

    private final RoundRepository rounds;
    private final RoundCategoryRepository roundCategories;
    private final RoundResultRepository results;

    FinalRanking(RoundRepository rounds, RoundCategoryRepository roundCategories, RoundResultRepository results) {
        this.rounds = rounds;
        this.roundCategories = roundCategories;
        this.results = results;
    }

    /** An entry's place in its category's final round; {@code placing} is shared by tied entries (1, 2, 2, 4). */
    public record Standing(long entryId, long categoryId, long roundId, String roundName, int placing, double score,
                           double tieBreak) {
    }

    /** Standings per category id, best first; 409 with the reason when some category's last round is not locked. */
    @Transactional(readOnly = true)
    public Map<Long, List<Standing>> of(long contestId) {
        Map<Long, JudgingRound> lastRound = new HashMap<>();
        for (JudgingRound round : rounds.findByContestIdOrderByOrdinal(contestId)) {
            roundCategories.findByRoundId(round.id()).forEach(c -> lastRound.put(c.categoryId(), round));
        }
        if (lastRound.isEmpty()) {
            throw ProblemException.conflict("本比赛还没有评审轮次，不能评奖");
        }
        List<String> unfinished = lastRound.values().stream().distinct()
                .filter(r -> r.status() == RoundStatus.SETUP || r.status() == RoundStatus.OPEN)
                .sorted(Comparator.comparingInt(JudgingRound::ordinal))
                .map(r -> "“" + r.name() + "”（" + r.status().label() + "）").toList();
        if (!unfinished.isEmpty()) {
            throw ProblemException.conflict("评审轮次 " + String.join("、", unfinished) + " 尚未锁定，锁定后才能评奖");
        }
        Map<Long, List<Standing>> standings = new LinkedHashMap<>();
        lastRound.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(last -> {
            JudgingRound round = last.getValue();
            List<Standing> category = new ArrayList<>();
            for (RoundResult result : results.findByRoundIdInOrder(round.id())) {
                if (result.categoryId() == last.getKey()) {
                    category.add(new Standing(result.entryId(), result.categoryId(), round.id(), round.name(),
                            result.placing(), result.score().doubleValue(), result.tieBreak().doubleValue()));
                }
            }
            standings.put(last.getKey(), List.copyOf(category));
        });
        return standings;
    }
}
