package cn.pingxuan.results.allocation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Hands tiers down a category's ranking. Tiers take consecutive stretches of the order: tier t ends after the sum
 * of the seats of tiers 1..t, so a tie decided upwards takes seats from the tier below, never adds seats overall.
 * Works tied across a tier's edge are never split silently: the tie is reported, and until the organizer decides
 * it those works are held out ({@link Result#undecided()}).
 */
public final class TierAllocation {

    private TierAllocation() {
    }

    public record Placed(long entryId, long tierId, int placing, double score) {
    }

    /** {@code ties} lists every boundary tie met (decided or not); {@code undecided} those still without a decision. */
    public record Result(List<Placed> placed, List<BoundaryTie> ties, List<BoundaryTie> undecided) {

        public boolean complete() {
            return undecided.isEmpty();
        }
    }

    public static Result allocate(List<RankedWork> ranking, List<TierQuota> tiers, List<TieDecision> decisions) {
        List<RankedWork> ordered = ranking.stream()
                .sorted(Comparator.comparingInt(RankedWork::placing).thenComparingLong(RankedWork::entryId)).toList();
        int[] edges = new int[tiers.size()];
        int sum = 0;
        for (int t = 0; t < tiers.size(); t++) {
            sum += tiers.get(t).seats(ordered.size());
            edges[t] = Math.min(sum, ordered.size());
        }
        Map<String, Set<Long>> decided = decisions.stream()
                .collect(Collectors.toMap(TieDecision::key, d -> new HashSet<>(d.entryIds()), (a, b) -> a));
        List<Placed> placed = new ArrayList<>();
        List<BoundaryTie> ties = new ArrayList<>();
        List<BoundaryTie> undecided = new ArrayList<>();
        int position = 0;
        for (List<RankedWork> group : groups(ordered)) {
            List<RankedWork> remaining = group;
            while (!remaining.isEmpty()) {
                int tier = tierAt(edges, position);
                if (tier < 0) {
                    break;
                }
                if (position + remaining.size() <= edges[tier]) {
                    for (RankedWork work : remaining) {
                        placed.add(new Placed(work.entryId(), tiers.get(tier).tierId(), work.placing(), work.score()));
                    }
                    position += remaining.size();
                    break;
                }
                TierQuota quota = tiers.get(tier);
                BoundaryTie tie = new BoundaryTie(quota.tierId(), quota.name(), remaining.get(0).placing(),
                        remaining.stream().map(RankedWork::entryId).toList(), edges[tier] - position);
                ties.add(tie);
                Set<Long> up = decided.get(tie.key());
                if (up == null) {
                    undecided.add(tie);
                    position += remaining.size();
                    break;
                }
                List<RankedWork> down = new ArrayList<>();
                for (RankedWork work : remaining) {
                    if (up.contains(work.entryId())) {
                        placed.add(new Placed(work.entryId(), quota.tierId(), work.placing(), work.score()));
                    } else {
                        down.add(work);
                    }
                }
                // the works moved up fill this tier's seats first; whoever is left starts at its edge
                position = Math.max(position + remaining.size() - down.size(), edges[tier]);
                remaining = down;
            }
        }
        return new Result(List.copyOf(placed), List.copyOf(ties), List.copyOf(undecided));
    }

    private static int tierAt(int[] edges, int position) {
        for (int t = 0; t < edges.length; t++) {
            if (position < edges[t]) {
                return t;
            }
        }
        return -1;
    }

    private static List<List<RankedWork>> groups(List<RankedWork> ordered) {
        Map<Integer, List<RankedWork>> byPlacing = new LinkedHashMap<>();
        ordered.forEach(w -> byPlacing.computeIfAbsent(w.placing(), p -> new ArrayList<>()).add(w));
        return List.copyOf(byPlacing.values());
    }
}
