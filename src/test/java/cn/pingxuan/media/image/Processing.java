package cn.pingxuan.media.image;

import cn.pingxuan.media.AssetRole;
import cn.pingxuan.media.Derivative;
import cn.pingxuan.media.MediaLimits;
import cn.pingxuan.media.MediaProperties;
import cn.pingxuan.media.MediaRejectedException;
import cn.pingxuan.media.MediaWork;
import cn.pingxuan.media.ProcessedMedia;
import cn.pingxuan.media.ProgressListener;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** Runs the image processor the way the job handler does: an original in a file, a private work directory. */
final class Processing {

    static final long MAX_PIXELS = 100_000_000L;

    private Processing() {
    }

    static ImageProcessor processor() {
        return new ImageProcessor(new MediaProperties(720, 23, "veryfast", MAX_PIXELS, 300, 104_857_600L,
                Duration.ofMinutes(30)));
    }

    static MediaWork work(Path workDir, MediaLimits limits) {
        return new MediaWork(workDir, limits, ProgressListener.IGNORE, Instant.now().plus(Duration.ofMinutes(2)),
                Clock.systemUTC());
    }

    static ProcessedMedia process(Path dir, String name, byte[] content) throws IOException, MediaRejectedException {
        return process(dir, name, content, MediaLimits.NONE);
    }

    static ProcessedMedia process(Path dir, String name, byte[] content, MediaLimits limits)
            throws IOException, MediaRejectedException {
        Path original = Files.write(dir.resolve(name), content);
        return processFile(dir, original, limits);
    }

    static ProcessedMedia processFile(Path dir, Path original, MediaLimits limits)
            throws IOException, MediaRejectedException {
        Path workDir = Files.createDirectories(dir.resolve("work-" + original.getFileName()));
        return processor().process(original, work(workDir, limits));
    }

    static Derivative derivative(ProcessedMedia media, AssetRole role) {
        return media.derivatives().stream().filter(d -> d.role() == role).findFirst().orElseThrow();
    }

    static BufferedImage picture(ProcessedMedia media, AssetRole role) throws IOException {
        return ImageIO.read(derivative(media, role).file().toFile());
    }

    static BufferedImage display(ProcessedMedia media) throws IOException {
        return picture(media, AssetRole.DISPLAY);
    }

    /** The colour at a point given as fractions of the width and height, within a JPEG's tolerance. */
    static void assertColourAt(BufferedImage image, double x, double y, Color expected) {
        int rgb = image.getRGB((int) (x * (image.getWidth() - 1)), (int) (y * (image.getHeight() - 1)));
        Color actual = new Color(rgb);
        assertThat(distance(actual, expected))
                .as("colour at (%.2f, %.2f) is %s, expected about %s", x, y, actual, expected)
                .isLessThanOrEqualTo(40);
    }

    /** The four quadrants of {@link TestPictures#quadrants} in display order: top left, top right, bottom left, bottom right. */
    static void assertQuadrants(BufferedImage image, Color topLeft, Color topRight, Color bottomLeft, Color bottomRight) {
        assertColourAt(image, 0.25, 0.25, topLeft);
        assertColourAt(image, 0.75, 0.25, topRight);
        assertColourAt(image, 0.25, 0.75, bottomLeft);
        assertColourAt(image, 0.75, 0.75, bottomRight);
    }

    static void assertUpright(BufferedImage image) {
        assertQuadrants(image, TestPictures.TOP_LEFT, TestPictures.TOP_RIGHT, TestPictures.BOTTOM_LEFT,
                TestPictures.BOTTOM_RIGHT);
    }

    /** Whether the file holds the text's bytes anywhere. */
    static boolean contains(Path file, String text) throws IOException {
        byte[] data = Files.readAllBytes(file);
        byte[] needle = text.getBytes(StandardCharsets.UTF_8);
        outer:
        for (int i = 0; i + needle.length <= data.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (data[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    private static int distance(Color a, Color b) {
        return Math.abs(a.getRed() - b.getRed()) + Math.abs(a.getGreen() - b.getGreen()) + Math.abs(a.getBlue() - b.getBlue());
    }
}
