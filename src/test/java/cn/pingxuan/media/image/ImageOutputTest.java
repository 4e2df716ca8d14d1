package cn.pingxuan.media.image;

import cn.pingxuan.media.AssetRole;
import cn.pingxuan.media.Derivative;
import cn.pingxuan.media.MediaLimits;
import cn.pingxuan.media.MediaRejectedException;
import cn.pingxuan.media.ProcessedMedia;
import cn.pingxuan.originality.Fingerprint;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.nio.file.Path;

import static cn.pingxuan.media.image.Processing.derivative;
import static cn.pingxuan.media.image.Processing.display;
import static cn.pingxuan.media.image.Processing.process;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The derivatives' sizes, the category's resolution limit and the near-duplicate fingerprint. */
class ImageOutputTest {

    @TempDir
    Path dir;

    @Test
    void displayAndThumbnailsAreBoundedOnTheLongEdge() throws Exception {
        ProcessedMedia media = process(dir, "camera.jpg", TestPictures.jpeg(TestPictures.quadrants(6000, 4000), 0.9f));

        assertThat(media.width()).isEqualTo(6000);
        assertThat(media.height()).isEqualTo(4000);
        assertSize(derivative(media, AssetRole.DISPLAY), 2048, 1365);
        assertSize(derivative(media, AssetRole.THUMB_LARGE), 640, 427);
        assertSize(derivative(media, AssetRole.THUMB_SMALL), 240, 160);
        Processing.assertUpright(display(media));
    }

    @Test
    void portraitPicturesAreBoundedOnTheirHeight() throws Exception {
        ProcessedMedia media = process(dir, "poster.png", TestPictures.encode(TestPictures.quadrants(2480, 3508), "png"));

        assertSize(derivative(media, AssetRole.DISPLAY), 1448, 2048);
        // each thumbnail is made from the next larger copy: 1448 × 640 / 2048 = 452.5
        assertSize(derivative(media, AssetRole.THUMB_LARGE), 453, 640);
        assertSize(derivative(media, AssetRole.THUMB_SMALL), 170, 240);
    }

    @Test
    void smallPicturesAreNeverEnlarged() throws Exception {
        ProcessedMedia media = process(dir, "icon.png", TestPictures.encode(TestPictures.quadrants(300, 200), "png"));

        assertSize(derivative(media, AssetRole.DISPLAY), 300, 200);
        assertSize(derivative(media, AssetRole.THUMB_LARGE), 300, 200);
        assertSize(derivative(media, AssetRole.THUMB_SMALL), 240, 160);
    }

    @Test
    void picturesBelowTheCategorysResolutionAreRefused() {
        MediaLimits fullHd = new MediaLimits(null, 1920, 1080, null, null);

        assertThatThrownBy(() -> process(dir, "small.jpg", TestPictures.jpeg(TestPictures.quadrants(800, 600), 0.9f), fullHd))
                .isInstanceOf(MediaRejectedException.class)
                .hasMessage("图片分辨率 800×600 低于要求的 1920×1080");
        assertThatThrownBy(() -> process(dir, "narrow.jpg", TestPictures.jpeg(TestPictures.quadrants(800, 600), 0.9f),
                new MediaLimits(null, 1000, null, null, null)))
                .isInstanceOf(MediaRejectedException.class)
                .hasMessage("图片宽度 800 像素低于要求的 1000 像素");
    }

    @Test
    void theResolutionLimitAppliesToThePictureAsShown() throws Exception {
        // stored 1080×1920 with Orientation 6: the student sees 1920×1080
        byte[] sideways = TestPictures.jpegWithExif(TestPictures.quadrants(1080, 1920), 6, false);

        ProcessedMedia media = process(dir, "landscape.jpg", sideways, new MediaLimits(null, 1920, 1080, null, null));

        assertThat(media.width()).isEqualTo(1920);
        assertThat(media.height()).isEqualTo(1080);
        assertThat(media.details()).isEqualTo("JPEG 1920×1080 · RGB");
    }

    @Test
    void theFingerprintSurvivesReencodingAndResizingButTellsPicturesApart() throws Exception {
        BufferedImage poster = TestPictures.photo(1600, 1200, 11);
        ProcessedMedia original = process(dir, "original.jpg", TestPictures.jpeg(poster, 0.92f));
        ProcessedMedia repost = process(dir, "repost.jpg", TestPictures.jpeg(resized(poster, 900, 675), 0.6f));
        ProcessedMedia other = process(dir, "other.jpg", TestPictures.jpeg(TestPictures.photo(1600, 1200, 12), 0.92f));

        Fingerprint fingerprint = original.fingerprint();
        assertThat(fingerprint.kind()).isEqualTo(Fingerprint.Kind.VISUAL);
        assertThat(fingerprint.similarity(repost.fingerprint())).as("re-encoded and resized").isGreaterThanOrEqualTo(60 / 64.0);
        assertThat(fingerprint.similarity(other.fingerprint())).as("a different picture").isLessThan(48 / 64.0);
    }

    @Test
    void theFingerprintIsTakenFromThePictureAsShown() throws Exception {
        BufferedImage upright = TestPictures.photo(800, 600, 13);
        ProcessedMedia stored = process(dir, "upright.jpg", TestPictures.jpeg(upright, 0.92f));
        // the same photo stored sideways (turned anticlockwise) with Orientation 6
        ProcessedMedia sideways = process(dir, "sideways.jpg",
                TestPictures.jpegWithExif(ExifOrientation.ROTATE_270_CLOCKWISE.applyTo(upright), 6, false));

        assertThat(stored.fingerprint().similarity(sideways.fingerprint())).isGreaterThanOrEqualTo(60 / 64.0);
    }

    private static void assertSize(Derivative derivative, int width, int height) throws Exception {
        BufferedImage written = ImageIO.read(derivative.file().toFile());
        assertThat(written.getWidth()).as(derivative.role() + " width").isEqualTo(width);
        assertThat(written.getHeight()).as(derivative.role() + " height").isEqualTo(height);
        assertThat(derivative.width()).isEqualTo(width);
        assertThat(derivative.height()).isEqualTo(height);
    }

    private static BufferedImage resized(BufferedImage image, int width, int height) {
        BufferedImage smaller = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = smaller.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
        g.drawImage(image, 0, 0, width, height, null);
        g.dispose();
        return smaller;
    }
}
