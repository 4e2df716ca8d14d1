package cn.pingxuan.media;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;

/**
 * What a processor gets besides the original: a private directory for its outputs (deleted by the caller
 * afterwards, whatever happens), the category's limits, a progress sink and a deadline. Long loops call
 * {@link #checkTime()} so a runaway decode stops.
 */
public record MediaWork(Path workDir, MediaLimits limits, ProgressListener progress, Instant deadline, Clock clock) {

    public void checkTime() throws MediaRejectedException {
        if (Thread.currentThread().isInterrupted()) {
            throw new MediaRejectedException("文件处理被中止，请重新上传");
        }
        if (clock.instant().isAfter(deadline)) {
            throw new MediaTimeLimitException();
        }
    }

    /** A file in the work directory. */
    public Path file(String name) {
        return workDir.resolve(name);
    }

    /** The processing took longer than the job's time limit: the file is (almost certainly) built to hang us. */
    public static final class MediaTimeLimitException extends MediaRejectedException {
        MediaTimeLimitException() {
            super("文件处理超时，请压缩或转换后重新上传");
        }
    }
}
