package cn.pingxuan.bench;

import cn.pingxuan.media.MediaLimits;
import cn.pingxuan.media.MediaProperties;
import cn.pingxuan.media.MediaRejectedException;
import cn.pingxuan.media.MediaWork;
import cn.pingxuan.media.ProcessedMedia;
import cn.pingxuan.media.ProgressListener;
import cn.pingxuan.media.video.VideoProcessor;
import com.sun.management.OperatingSystemMXBean;
import org.bytedeco.ffmpeg.ffmpeg;
import org.bytedeco.javacpp.Loader;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * The video processor on one file, with the application's default settings (720p, CRF 23, veryfast). Used by
 * bench/transcode.sh.
 *
 * <pre>
 * VideoTranscodeBench ffmpeg                          prints the path of the bundled ffmpeg binary
 * VideoTranscodeBench WARM_UP ORIGINAL WORK_DIR       processes WARM_UP (a short clip), then ORIGINAL; prints
 *                                                     "ms N" and "cpu_ms N" for ORIGINAL, then "details …"
 * </pre>
 * The warm-up stands for the server having processed videos before: FFmpeg's libraries are loaded and the JIT has
 * compiled the processor's Java code (on a cold JVM the first video costs some 0.5–1 s more CPU).
 */
public final class VideoTranscodeBench {

    private VideoTranscodeBench() {
    }

    public static void main(String[] args) throws Exception {
        if (args[0].equals("ffmpeg")) {
            System.out.println(Loader.load(ffmpeg.class));
            return;
        }
        VideoProcessor processor = new VideoProcessor(new MediaProperties(720, 23, "veryfast", 100_000_000, 300,
                104_857_600, Duration.ofMinutes(30)));
        Path work = Path.of(args[2]);
        process(processor, Path.of(args[0]), work.resolve("warm-up"));

        OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long cpuBefore = os.getProcessCpuTime();
        long started = System.nanoTime();
        ProcessedMedia media = process(processor, Path.of(args[1]), work.resolve("timed"));
        System.out.println("ms " + (System.nanoTime() - started) / 1_000_000);
        System.out.println("cpu_ms " + (os.getProcessCpuTime() - cpuBefore) / 1_000_000);
        System.out.println("details " + media.details());
    }

    private static ProcessedMedia process(VideoProcessor processor, Path original, Path work)
            throws IOException, MediaRejectedException {
        return processor.process(original, new MediaWork(Files.createDirectories(work), MediaLimits.NONE,
                ProgressListener.IGNORE, Instant.now().plus(Duration.ofHours(1)), Clock.systemUTC()));
    }
}
