package cn.pingxuan.media.image;

import cn.pingxuan.media.Derivative;
import cn.pingxuan.media.ProcessedMedia;
import com.twelvemonkeys.imageio.metadata.CompoundDirectory;
import com.twelvemonkeys.imageio.metadata.Directory;
import com.twelvemonkeys.imageio.metadata.jpeg.JPEG;
import com.twelvemonkeys.imageio.metadata.jpeg.JPEGSegment;
import com.twelvemonkeys.imageio.metadata.jpeg.JPEGSegmentUtil;
import com.twelvemonkeys.imageio.metadata.tiff.TIFF;
import com.twelvemonkeys.imageio.metadata.tiff.TIFFReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import javax.imageio.stream.FileImageInputStream;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static cn.pingxuan.media.image.Processing.assertQuadrants;
import static cn.pingxuan.media.image.Processing.display;
import static cn.pingxuan.media.image.Processing.process;
import static org.assertj.core.api.Assertions.assertThat;

/** Photos show the way the camera was held, and nothing of the camera's metadata reaches the published files. */
class ExifOrientationTest {

    @TempDir
    Path dir;

    @ParameterizedTest(name = "Orientation {0}")
    @CsvSource({
            "1, abc/def",
            "2, cba/fed",
            "3, fed/cba",
            "4, def/abc",
            "5, ad/be/cf",
            "6, da/eb/fc",
            "7, fc/eb/da",
            "8, cf/be/ad"})
    void eachOrientationTurnsThePixelsExactly(int tag, String expectedRows) {
        // stored:  a b c
        //          d e f
        BufferedImage stored = new BufferedImage(3, 2, BufferedImage.TYPE_INT_RGB);
        String letters = "abcdef";
        for (int i = 0; i < 6; i++) {
            stored.setRGB(i % 3, i / 3, letters.charAt(i));
        }

        BufferedImage shown = ExifOrientation.ofTag(tag).applyTo(stored);

        StringBuilder rows = new StringBuilder();
        for (int y = 0; y < shown.getHeight(); y++) {
            rows.append(y > 0 ? "/" : "");
            for (int x = 0; x < shown.getWidth(); x++) {
                rows.append((char) (shown.getRGB(x, y) & 0xff));
            }
        }
        assertThat(rows.toString()).isEqualTo(expectedRows);
    }

    @ParameterizedTest(name = "Orientation {0}")
    @CsvSource({
            "1, R, G, B, Y",
            "2, G, R, Y, B",
            "3, Y, B, G, R",
            "4, B, Y, R, G",
            "5, R, B, G, Y",
            "6, B, R, Y, G",
            "7, Y, G, B, R",
            "8, G, Y, R, B"})
    void cameraJpegsAreShownUpright(int tag, String topLeft, String topRight, String bottomLeft, String bottomRight)
            throws Exception {
        Map<String, Color> stored = Map.of("R", TestPictures.TOP_LEFT, "G", TestPictures.TOP_RIGHT,
                "B", TestPictures.BOTTOM_LEFT, "Y", TestPictures.BOTTOM_RIGHT);

        ProcessedMedia media = process(dir, "camera.jpg",
                TestPictures.jpegWithExif(TestPictures.quadrants(600, 400), tag, false));

        boolean sideways = tag >= 5;
        assertThat(media.width()).isEqualTo(sideways ? 400 : 600);
        assertThat(media.height()).isEqualTo(sideways ? 600 : 400);
        assertQuadrants(display(media), stored.get(topLeft), stored.get(topRight), stored.get(bottomLeft),
                stored.get(bottomRight));
    }

    @Test
    void aPhoneJpegWithGpsIsTurnedAndPublishedWithoutAnyMetadata() throws Exception {
        byte[] original = TestPictures.jpegWithExif(TestPictures.quadrants(1200, 900), 6, true);
        assertThat(gpsIfdOf(original)).as("the original carries a GPS position").isNotNull();

        ProcessedMedia media = process(dir, "phone.jpg", original);

        assertThat(media.details()).isEqualTo("JPEG 900×1200 · RGB");
        assertQuadrants(display(media), TestPictures.BOTTOM_LEFT, TestPictures.TOP_LEFT, TestPictures.BOTTOM_RIGHT,
                TestPictures.TOP_RIGHT);
        for (Derivative derivative : media.derivatives()) {
            assertThat(applicationSegments(derivative.file())).as(derivative.role() + " segments")
                    .containsExactly("APP0 JFIF");
            assertThat(Processing.contains(derivative.file(), "Exif")).isFalse();
            assertThat(Processing.contains(derivative.file(), "PingxuanPhone")).isFalse();
        }
    }

    private static Directory gpsIfdOf(byte[] jpeg) throws Exception {
        try (ImageInputStream in = new MemoryCacheImageInputStream(new ByteArrayInputStream(jpeg))) {
            JPEGSegment exif = JPEGSegmentUtil.readSegments(in, JPEG.APP1, "Exif").get(0);
            byte[] data = exif.data().readAllBytes();
            byte[] tiff = Arrays.copyOfRange(data, data[0] == 0 ? 1 : 0, data.length);
            Directory ifds = new TIFFReader().read(new MemoryCacheImageInputStream(new ByteArrayInputStream(tiff)));
            Directory first = ifds instanceof CompoundDirectory compound ? compound.getDirectory(0) : ifds;
            return (Directory) first.getEntryById(TIFF.TAG_GPS_IFD).getValue();
        }
    }

    /** Every APPn and COM segment of a JPEG, named like "APP0 JFIF". */
    private static List<String> applicationSegments(Path jpeg) throws Exception {
        try (ImageInputStream in = new FileImageInputStream(jpeg.toFile())) {
            return JPEGSegmentUtil.readSegments(in, JPEGSegmentUtil.ALL_SEGMENTS).stream()
                    .filter(s -> (s.marker() >= JPEG.APP0 && s.marker() <= JPEG.APP15) || s.marker() == JPEG.COM)
                    .map(s -> (s.marker() == JPEG.COM ? "COM" : "APP" + (s.marker() - JPEG.APP0)) + " " + s.identifier())
                    .toList();
        }
    }
}
