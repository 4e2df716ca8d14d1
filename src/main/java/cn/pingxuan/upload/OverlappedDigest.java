package cn.pingxuan.upload;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

/**
 * SHA-256 of the bytes a PATCH stores, computed on another thread while the store writes the same bytes: on the
 * request's thread it would add its whole cost to every upload.
 */
final class OverlappedDigest {

    private final MessageDigest digest;
    private final Executor executor;
    private CompletableFuture<Void> running = CompletableFuture.completedFuture(null);

    OverlappedDigest(Executor executor) {
        this.executor = executor;
        try {
            this.digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /** Starts digesting {@code bytes[0..length)}, the next bytes of the file; they must not change until {@link #await}. */
    void update(byte[] bytes, int length) {
        await();
        running = CompletableFuture.runAsync(() -> digest.update(bytes, 0, length), executor);
    }

    /** Returns once the bytes handed to {@link #update} are digested and may change again. */
    void await() {
        running.join();
    }

    String hex() {
        await();
        return HexFormat.of().formatHex(digest.digest());
    }
}
