package cn.pingxuan.upload;

import cn.pingxuan.storage.PartInfo;

import java.io.InputStream;
import java.io.InterruptedIOException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.function.Function;

/**
 * A part that the store writes on another thread while its bytes are still arriving, so that receiving and
 * writing overlap. The store reads the part buffer up to where the request has filled it; the buffer keeps
 * every byte until the part is stored, so a PATCH that ends early still has them all for a shorter part or
 * the tail. Ended early, the store's stream ends short, which makes the store keep nothing of the part.
 * Once the store has read the whole part, the buffer may take the next one while the store still makes this one
 * durable (fsync): the part counts as stored only when {@link #await} returns.
 */
final class PartInFlight {

    private final byte[] buffer;
    private final int length;
    private int filled;
    private boolean abandoned;
    private boolean allRead;
    private final CompletableFuture<PartInfo> stored;

    /**
     * @param put stores exactly {@code length} bytes from the stream it is given as the part
     */
    PartInFlight(byte[] buffer, int length, int filled, Executor executor, Function<InputStream, PartInfo> put) {
        this.buffer = buffer;
        this.length = length;
        this.filled = filled;
        this.stored = CompletableFuture.supplyAsync(() -> put.apply(new FillingStream()), executor);
        stored.whenComplete((part, failure) -> wakeUp());
    }

    /** The buffer now holds {@code filled} bytes of the part. */
    synchronized void filledTo(int filled) {
        this.filled = filled;
        notifyAll();
    }

    /** Once the buffer holds the whole part: waits until the store has read it, so that it may be refilled. */
    void awaitRead() {
        synchronized (this) {
            while (!allRead && !stored.isDone()) {
                try {
                    wait();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted while a part was being stored", e);
                }
            }
            if (allRead) {
                return;
            }
        }
        await();
    }

    /** Waits until the store has the part, durable. */
    PartInfo await() {
        try {
            return stored.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException failure ? failure : e;
        }
    }

    /** No more bytes come: the store gives the part up (if it has not stored it already), and this waits until it has. */
    void abandon() {
        synchronized (this) {
            abandoned = true;
            notifyAll();
        }
        stored.handle((part, failure) -> null).join();
    }

    private synchronized void wakeUp() {
        notifyAll();
    }

    private synchronized void readAll() {
        allRead = true;
        notifyAll();
    }

    /** The part's bytes as the request fills them in. */
    private final class FillingStream extends InputStream {

        private int position;

        @Override
        public int read() throws InterruptedIOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
        }

        @Override
        public int read(byte[] b, int off, int len) throws InterruptedIOException {
            if (position >= length) {
                return -1;
            }
            int available = awaitBytes();
            if (available < 0) {
                return -1;
            }
            int n = Math.min(len, Math.min(available, length) - position);
            // bytes below the filled mark stay as they are until the part is stored
            System.arraycopy(buffer, position, b, off, n);
            position += n;
            if (position == length) {
                readAll();
            }
            return n;
        }

        /** @return the filled mark once it is past {@link #position}, or -1 if the part was abandoned */
        private int awaitBytes() throws InterruptedIOException {
            synchronized (PartInFlight.this) {
                while (filled <= position && !abandoned) {
                    try {
                        PartInFlight.this.wait();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        throw new InterruptedIOException("interrupted while waiting for the bytes of a part");
                    }
                }
                return filled > position ? filled : -1;
            }
        }
    }
}
