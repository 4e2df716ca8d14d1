package cn.pingxuan.results;

import cn.pingxuan.entry.EntryForJudging;
import cn.pingxuan.entry.EntryStatus;
import cn.pingxuan.entry.JudgingEntries;
import cn.pingxuan.judging.FinalRanking;
import cn.pingxuan.results.allocation.RankedWork;
import cn.pingxuan.vote.VoteTally;
import jakarta.inject.Singleton;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.DoubleSummaryStatistics;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The orders awards are allocated from, per category: by score (the final round's ranking, blended with the public
 * vote when the vote takes a share of the final score) and by votes (for popularity tiers).
 */
@Singleton
class Standings {

    private final FinalRanking finalRanking;
    private final VoteTally votes;
    private final JudgingEntries entries;

    Standings(FinalRanking finalRanking, VoteTally votes, JudgingEntries entries) {
        this.finalRanking = finalRanking;
        this.votes = votes;
        this.entries = entries;
    }

    record Category(long categoryId, String roundName, List<RankedWork> byScore, List<RankedWork> byVotes) {

        List<RankedWork> by(AwardBasis basis) {
            return basis == AwardBasis.SCORE ? byScore : byVotes;
        }
    }

    Map<Long, Category> of(long contestId) {
        Map<Long, List<FinalRanking.Standing>> ranked = finalRanking.of(contestId);
        Map<Long, Long> counts = votes.counts(contestId);
        double share = votes.scoreShare(contestId).divide(BigDecimal.valueOf(100)).doubleValue();
        Map<Long, List<RankedWork>> byVotes = byVotes(counts);
        Map<Long, Category> categories = new LinkedHashMap<>();
        ranked.forEach((categoryId, standings) -> categories.put(categoryId, new Category(categoryId,
                standings.isEmpty() ? "" : standings.get(0).roundName(),
                share > 0 ? blended(standings, counts, share) : standings.stream()
                        .map(s -> new RankedWork(s.entryId(), s.placing(), s.score())).toList(),
                byVotes.getOrDefault(categoryId, List.of()))));
        return categories;
    }

    /**
     * Judges' scores and votes live on different scales (and ZSCORE scores are not even on 0–100), so each is
     * scaled to 0–100 within the category (min–max) before the vote's share is mixed in.
     */
    static List<RankedWork> blended(List<FinalRanking.Standing> standings, Map<Long, Long> counts, double share) {
        DoubleSummaryStatistics scores = standings.stream().mapToDouble(FinalRanking.Standing::score).summaryStatistics();
        DoubleSummaryStatistics voteRange = standings.stream()
                .mapToDouble(s -> counts.getOrDefault(s.entryId(), 0L)).summaryStatistics();
        record Mixed(long entryId, double score, double tieBreak) {
        }
        List<Mixed> mixed = standings.stream().map(s -> new Mixed(s.entryId(), Math.round(100 * (
                (1 - share) * scaled(s.score(), scores) + share * scaled(counts.getOrDefault(s.entryId(), 0L), voteRange)))
                / 100.0, s.tieBreak())).sorted(Comparator.comparingDouble(Mixed::score).reversed()
                .thenComparing(Comparator.comparingDouble(Mixed::tieBreak).reversed())
                .thenComparingLong(Mixed::entryId)).toList();
        List<RankedWork> order = new ArrayList<>();
        for (int i = 0; i < mixed.size(); i++) {
            Mixed m = mixed.get(i);
            boolean tiedWithPrevious = i > 0 && mixed.get(i - 1).score() == m.score() && mixed.get(i - 1).tieBreak() == m.tieBreak();
            order.add(new RankedWork(m.entryId(), tiedWithPrevious ? order.get(i - 1).placing() : i + 1, m.score()));
        }
        return order;
    }

    private static double scaled(double value, DoubleSummaryStatistics range) {
        double span = range.getMax() - range.getMin();
        return span == 0 ? 100 : 100 * (value - range.getMin()) / span;
    }

    /** Works with at least one vote, most votes first; equal counts share a placing. */
    private Map<Long, List<RankedWork>> byVotes(Map<Long, Long> counts) {
        Map<Long, List<RankedWork>> byCategory = new LinkedHashMap<>();
        List<EntryForJudging> voted = entries.byIds(counts.keySet()).stream()
                .filter(e -> e.status() != EntryStatus.WITHDRAWN && e.status() != EntryStatus.REJECTED)
                .sorted(Comparator.comparingLong((EntryForJudging e) -> counts.get(e.id())).reversed()
                        .thenComparingLong(EntryForJudging::id)).toList();
        for (EntryForJudging entry : voted) {
            List<RankedWork> category = byCategory.computeIfAbsent(entry.categoryId(), c -> new ArrayList<>());
            long count = counts.get(entry.id());
            int placing = !category.isEmpty() && category.get(category.size() - 1).score() == count
                    ? category.get(category.size() - 1).placing() : category.size() + 1;
            category.add(new RankedWork(entry.id(), placing, count));
        }
        return byCategory;
    }
}
