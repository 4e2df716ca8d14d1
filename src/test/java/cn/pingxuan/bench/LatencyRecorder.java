package cn.pingxuan.bench;

import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.IntPredicate;
import java.util.stream.Collectors;

/**
 * Latencies and answers of one traffic class, shared by the threads that drive it: requests, p50/p99, and the
 * failures by status ({@link #IO_ERROR} for a request that got no answer).
 */
final class LatencyRecorder {

    static final int IO_ERROR = -1;

    private final String name;
    private final IntPredicate expected;
    private long[] latencies = new long[8192];
    private int count;
    private final Map<Integer, Long> failures = new TreeMap<>();
    private final Map<Integer, Long> answers = new TreeMap<>();

    LatencyRecorder(String name, IntPredicate expected) {
        this.name = name;
        this.expected = expected;
    }

    /** Records one answer; returns whether its status was an expected one. */
    synchronized boolean record(long nanos, int status) {
        if (count == latencies.length) {
            latencies = Arrays.copyOf(latencies, count * 2);
        }
        latencies[count++] = nanos;
        boolean ok = expected.test(status);
        if (ok) {
            answers.merge(status, 1L, Long::sum);
        } else {
            failures.merge(status, 1L, Long::sum);
        }
        return ok;
    }

    synchronized long requests() {
        return count;
    }

    synchronized long errors() {
        return failures.values().stream().mapToLong(Long::longValue).sum();
    }

    String name() {
        return name;
    }

    static String header() {
        return String.format("%-44s %9s %8s %9s %9s  %s", "traffic class", "requests", "req/s", "p50 ms", "p99 ms", "errors");
    }

    synchronized String row(double seconds) {
        long[] sorted = Arrays.copyOf(latencies, count);
        Arrays.sort(sorted);
        String errors = failures.isEmpty() ? "0" : errors() + " " + failures.entrySet().stream()
                .map(e -> (e.getKey() == IO_ERROR ? "no answer" : "HTTP " + e.getKey()) + " ×" + e.getValue()).toList();
        String ok = answers.size() < 2 ? "" : "   (answered " + answers.entrySet().stream()
                .map(e -> e.getKey() + " ×" + e.getValue()).collect(Collectors.joining(", ")) + ")";
        return String.format("%-44s %9d %8.1f %9.1f %9.1f  %s%s", name, count, count / seconds,
                percentile(sorted, 50) / 1e6, percentile(sorted, 99) / 1e6, errors, ok);
    }

    /** The nearest-rank percentile of ascending values; 0 when there are none. */
    static long percentile(long[] sorted, int p) {
        return sorted.length == 0 ? 0 : sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
    }
}
