package cn.pingxuan.vote;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Finds a work's busiest stretch: the most votes inside any {@code window}, compared with an absolute limit and with
 * the work's own usual pace (the median of its non-empty windows). Pure, so the rule is tested on its own.
 */
final class Bursts {

    /** Below this a peak is never "five times the usual": one vote against five is noise, not a burst. */
    static final int RELATIVE_FLOOR = 5;

    private Bursts() {
    }

    record Peak(int votes, Instant from, Instant to, double medianPerWindow) {
    }

    /** {@code times} sorted ascending. */
    static Optional<Peak> find(List<Instant> times, Duration window, int absoluteVotes, double factor) {
        if (times.isEmpty()) {
            return Optional.empty();
        }
        int best = 0;
        int bestFrom = 0;
        int bestTo = 0;
        int start = 0;
        for (int end = 0; end < times.size(); end++) {
            while (!times.get(end).isBefore(times.get(start).plus(window))) {
                start++;
            }
            if (end - start + 1 > best) {
                best = end - start + 1;
                bestFrom = start;
                bestTo = end;
            }
        }
        double median = medianPerWindow(times, window);
        boolean burst = best >= absoluteVotes || (best >= RELATIVE_FLOOR && best >= factor * median);
        return burst ? Optional.of(new Peak(best, times.get(bestFrom), times.get(bestTo), median)) : Optional.empty();
    }

    /** Median votes over the fixed windows (from the first vote on) that received any. */
    static double medianPerWindow(List<Instant> times, Duration window) {
        Instant first = times.get(0);
        Map<Long, Integer> perWindow = new HashMap<>();
        for (Instant t : times) {
            perWindow.merge(Duration.between(first, t).toMillis() / window.toMillis(), 1, Integer::sum);
        }
        List<Integer> counts = new ArrayList<>(perWindow.values());
        counts.sort(Integer::compare);
        int n = counts.size();
        return n % 2 == 1 ? counts.get(n / 2) : (counts.get(n / 2 - 1) + counts.get(n / 2)) / 2.0;
    }
}
