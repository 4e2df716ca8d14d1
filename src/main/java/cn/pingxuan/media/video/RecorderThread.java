package cn.pingxuan.media.video;

import cn.pingxuan.media.MediaRejectedException;
import cn.pingxuan.media.MediaWork;
import org.bytedeco.javacv.FFmpegFrameRecorder;
import org.bytedeco.javacv.Frame;

import java.io.IOException;
import java.nio.Buffer;
import java.nio.FloatBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Feeds the recorder on a thread of its own, so decoding and scaling the next pictures overlap with encoding the
 * previous ones and the sound, as the stages of the ffmpeg CLI run on threads of their own (on one thread the
 * processor took ~8 % longer than the CLI). Pictures travel in a few buffers that go round between the two threads:
 * while all of them wait to be encoded, the decoding side waits too.
 */
final class RecorderThread implements AutoCloseable {

    private static final int PICTURES = 4;
    private static final long POLL_MILLIS = 100;

    private final FFmpegFrameRecorder recorder;
    private final List<PackedYuvFrame> pictures = new ArrayList<>();
    private final BlockingQueue<PackedYuvFrame> free = new ArrayBlockingQueue<>(PICTURES);
    private final BlockingQueue<Task> tasks = new LinkedBlockingQueue<>();
    private final Thread thread;
    private volatile Throwable failure;

    /** Starts the thread; the recorder must be started and is the thread's alone until {@link #finish()}. */
    RecorderThread(FFmpegFrameRecorder recorder, WebVideoSize size) {
        this.recorder = recorder;
        for (int i = 0; i < PICTURES; i++) {
            pictures.add(new PackedYuvFrame(size));
        }
        free.addAll(pictures);
        thread = new Thread(this::run, "video-encoder");
        thread.setDaemon(true);
        thread.start();
    }

    /** A buffer for the next picture, once one is free; the work's time limit keeps running while it waits. */
    PackedYuvFrame freePicture(MediaWork work) throws IOException, MediaRejectedException {
        while (true) {
            checkFailure();
            work.checkTime();
            try {
                PackedYuvFrame picture = free.poll(POLL_MILLIS, TimeUnit.MILLISECONDS);
                if (picture != null) {
                    return picture;
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt(); // checkTime turns it into the job's abort
            }
        }
    }

    /**
     * Queues the picture to be encoded {@code times} times (0 is fine); after the last use the caller says so and
     * its buffer is free again once that is encoded.
     */
    void record(PackedYuvFrame picture, long times, boolean lastUse) throws IOException {
        checkFailure();
        tasks.add(new Pictures(picture, times, lastUse));
    }

    /** Queues a copy of the frame's samples (the grabber reuses its buffers). */
    void recordSamples(Frame frame) throws IOException {
        checkFailure();
        Buffer[] copies = new Buffer[frame.samples.length];
        for (int i = 0; i < copies.length; i++) {
            FloatBuffer samples = ((FloatBuffer) frame.samples[i]).duplicate();
            copies[i] = FloatBuffer.allocate(samples.remaining()).put(samples).flip();
        }
        tasks.add(new Samples(frame.sampleRate, frame.audioChannels, copies));
    }

    /** Waits until everything queued is encoded; the recorder is the caller's again. */
    void finish() throws IOException {
        tasks.add(End.END);
        joinUninterruptibly();
        checkFailure();
    }

    /** Stops the thread without waiting for the queue (after a failure), then frees the buffers. */
    @Override
    public void close() {
        thread.interrupt();
        joinUninterruptibly();
        pictures.forEach(PackedYuvFrame::close);
    }

    private void run() {
        try {
            for (Task task = tasks.take(); task != End.END; task = tasks.take()) {
                if (task instanceof Pictures queued) {
                    for (long i = 0; i < queued.times(); i++) {
                        if (Thread.currentThread().isInterrupted()) {
                            return;
                        }
                        queued.picture().recordTo(recorder);
                    }
                    if (queued.lastUse()) {
                        free.add(queued.picture());
                    }
                } else if (task instanceof Samples samples) {
                    recorder.recordSamples(samples.sampleRate(), samples.channels(), samples.buffers());
                }
            }
        } catch (InterruptedException e) {
            // closed after a failure on the decoding side: nothing more to record
        } catch (Throwable e) {
            failure = e;
        }
    }

    private void checkFailure() throws IOException {
        Throwable cause = failure;
        if (cause != null) {
            throw new IOException("encoding the web video failed", cause);
        }
    }

    /** The native recorder must not be touched (or closed) while the thread may still use it. */
    private void joinUninterruptibly() {
        boolean interrupted = false;
        while (thread.isAlive()) {
            try {
                thread.join();
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private sealed interface Task permits Pictures, Samples, End {
    }

    private record Pictures(PackedYuvFrame picture, long times, boolean lastUse) implements Task {
    }

    private record Samples(int sampleRate, int channels, Buffer[] buffers) implements Task {
    }

    private enum End implements Task { END }
}
