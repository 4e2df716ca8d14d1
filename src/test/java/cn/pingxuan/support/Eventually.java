package cn.pingxuan.support;

import java.time.Duration;
import java.util.function.Predicate;
import java.util.function.Supplier;

/** Polls until something holds, for what a running server reaches on its own (a health check, a recovery). */
public final class Eventually {

    private static final long PAUSE_MILLIS = 200;

    private Eventually() {
    }

    /** @return the first value that satisfies {@code done}; fails with the last value seen after {@code timeout} */
    public static <T> T await(Duration timeout, String what, Supplier<T> probe, Predicate<T> done) {
        long deadline = System.nanoTime() + timeout.toNanos();
        T last = probe.get();
        while (!done.test(last)) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError(what + " not within " + timeout.toSeconds() + " s; last seen: " + last);
            }
            try {
                Thread.sleep(PAUSE_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted while waiting: " + what, e);
            }
            last = probe.get();
        }
        return last;
    }
}
