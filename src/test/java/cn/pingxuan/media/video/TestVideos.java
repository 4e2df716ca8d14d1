package cn.pingxuan.media.video;

import cn.pingxuan.media.MediaLimits;
import cn.pingxuan.media.MediaProperties;
import cn.pingxuan.media.MediaWork;
import cn.pingxuan.media.ProgressListener;
import org.bytedeco.ffmpeg.ffmpeg;
import org.bytedeco.javacpp.Loader;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Tiny clips made by the ffmpeg binary of the bundled FFmpeg build, and what the tests give the processor. */
final class TestVideos {

    static final String TONE = "-f lavfi -i sine=frequency=440:sample_rate=48000:duration=2";
    private static final String FFMPEG = Loader.load(ffmpeg.class);

    private TestVideos() {
    }

    /** A moving test pattern: {@code size} like "320x180". */
    static String pattern(String size, int fps, double seconds) {
        return "-f lavfi -i testsrc2=size=%s:rate=%d:duration=%s".formatted(size, fps, seconds);
    }

    /** Two seconds of 320×180 pattern at 30 fps with a 48 kHz tone. */
    static String patternWithTone() {
        return pattern("320x180", 30, 2) + " " + TONE;
    }

    /** Runs ffmpeg with the whitespace-separated {@code arguments}, then {@code more} as they are, writing {@code out}. */
    static Path make(Path out, String arguments, String... more) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(FFMPEG, "-v", "error", "-y"));
        command.addAll(Arrays.asList(arguments.trim().split("\\s+")));
        command.addAll(List.of(more));
        command.add(out.toString());
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        // the bundled binary finds its own libraries by RUNPATH, but they do not look beside themselves for libva
        builder.environment().put("LD_LIBRARY_PATH", Path.of(FFMPEG).getParent().toString());
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (process.waitFor() != 0) {
            throw new IllegalStateException("ffmpeg failed: " + command + "\n" + output);
        }
        return out;
    }

    /** Mean luminance (0–255) of a region of a picture. */
    static double brightness(BufferedImage image, int x, int y, int width, int height) {
        double sum = 0;
        for (int row = y; row < y + height; row++) {
            for (int column = x; column < x + width; column++) {
                int rgb = image.getRGB(column, row);
                sum += 0.299 * (rgb >> 16 & 0xff) + 0.587 * (rgb >> 8 & 0xff) + 0.114 * (rgb & 0xff);
            }
        }
        return sum / (width * height);
    }

    static double brightness(BufferedImage image) {
        return brightness(image, 0, 0, image.getWidth(), image.getHeight());
    }

    /** Mean difference of the colour channels (0–255) of two pictures of the same shape, compared at 36 px wide. */
    static double colourDistance(BufferedImage a, BufferedImage b) {
        int width = 36;
        int height = Math.max(1, a.getHeight() * width / a.getWidth());
        BufferedImage smallA = shrink(a, width, height);
        BufferedImage smallB = shrink(b, width, height);
        double sum = 0;
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int pa = smallA.getRGB(x, y);
                int pb = smallB.getRGB(x, y);
                for (int shift = 0; shift <= 16; shift += 8) {
                    sum += Math.abs((pa >> shift & 0xff) - (pb >> shift & 0xff));
                }
            }
        }
        return sum / (3.0 * width * height);
    }

    private static BufferedImage shrink(BufferedImage image, int width, int height) {
        BufferedImage small = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = small.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.drawImage(image, 0, 0, width, height, null);
        g.dispose();
        return small;
    }

    static VideoProcessor processor() {
        return new VideoProcessor(new MediaProperties(720, 23, "veryfast", 100_000_000, 300, 104_857_600,
                Duration.ofMinutes(30)));
    }

    /** A fresh work directory under {@code dir}, five minutes to go. */
    static MediaWork work(Path dir, MediaLimits limits, ProgressListener progress) throws IOException {
        return work(dir, limits, progress, Clock.systemUTC(), Instant.now().plusSeconds(300));
    }

    static MediaWork work(Path dir, MediaLimits limits, ProgressListener progress, Clock clock, Instant deadline)
            throws IOException {
        return new MediaWork(Files.createTempDirectory(dir, "work-"), limits, progress, deadline, clock);
    }
}
