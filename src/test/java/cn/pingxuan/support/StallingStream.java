package cn.pingxuan.support;

import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * A request body that hands out bytes up to a mark, then holds the request open until {@link #breakOff}, when it
 * fails: a client whose connection dies in the middle of a PATCH, at a byte the test chose.
 */
public final class StallingStream extends InputStream {

    private final byte[] content;
    private final int end;
    private final int stallAt;
    private int position;
    private final CountDownLatch stalled = new CountDownLatch(1);
    private final CountDownLatch broken = new CountDownLatch(1);

    /** Bytes {@code from} to the end of {@code content}, stalling once {@code stallAt} (an index in it) is reached. */
    public StallingStream(byte[] content, int from, int stallAt) {
        this.content = content;
        this.position = from;
        this.end = content.length;
        this.stallAt = stallAt;
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        if (position >= stallAt) {
            stalled.countDown();
            try {
                broken.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            throw new IOException("the client's connection broke off");
        }
        int n = Math.min(len, Math.min(stallAt, end) - position);
        System.arraycopy(content, position, b, off, n);
        position += n;
        return n;
    }

    /** Waits until every byte before the mark has been handed to the HTTP client. */
    public void awaitStalled(Duration timeout) throws InterruptedException {
        if (!stalled.await(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            throw new AssertionError("the PATCH did not reach byte " + stallAt + " within " + timeout);
        }
    }

    public void breakOff() {
        broken.countDown();
    }
}
