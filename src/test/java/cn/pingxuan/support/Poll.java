package cn.pingxuan.support;

import java.time.Duration;
import java.util.Optional;
import java.util.function.Supplier;

/** Waiting for another process to get somewhere: poll with a deadline, never a fixed sleep. */
public final class Poll {

    private Poll() {
    }

    /**
     * Calls {@code probe} every {@code every} until it gives a value, and returns it.
     *
     * @param what named in the failure
     */
    public static <T> T until(String what, Duration timeout, Duration every, Supplier<Optional<T>> probe) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            Optional<T> value = probe.get();
            if (value.isPresent()) {
                return value.get();
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out after " + timeout + " waiting for " + what);
            }
            pause(every);
        }
    }

    public static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
