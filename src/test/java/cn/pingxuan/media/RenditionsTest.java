package cn.pingxuan.media;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.Transparency;
import java.awt.color.ColorSpace;
import java.awt.image.BufferedImage;
import java.awt.image.ColorModel;
import java.awt.image.ComponentColorModel;
import java.awt.image.DataBuffer;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** Web JPEGs from any decoded picture: opaque sRGB, shrunk without aliasing, never enlarged. */
class RenditionsTest {

    @TempDir
    Path dir;

    @Test
    void wholeRatiosAverageEachBlockExactly() throws Exception {
        BufferedImage quarter = Renditions.fit(checkerboard(64, 32), 16);

        assertThat(quarter.getWidth()).isEqualTo(16);
        assertThat(quarter.getHeight()).isEqualTo(8);
        for (int y = 0; y < 8; y++) {
            for (int x = 0; x < 16; x++) {
                assertThat(quarter.getRGB(x, y) & 0xffffff).isEqualTo(0x808080);
            }
        }
    }

    @Test
    void anyRatioAveragesWithoutAliasing() throws Exception {
        // skipping or bilinear-sampling pixels of a one-pixel checkerboard gives black and white bands (moiré)
        BufferedImage shrunk = Renditions.fit(checkerboard(1000, 700), 370);

        assertThat(shrunk.getWidth()).isEqualTo(370);
        assertThat(shrunk.getHeight()).isEqualTo(259);
        for (int y = 0; y < shrunk.getHeight(); y++) {
            for (int x = 0; x < shrunk.getWidth(); x++) {
                assertThat(shrunk.getRGB(x, y) & 0xff).as("(%d, %d)", x, y).isBetween(100, 155);
            }
        }
    }

    @Test
    void flatAreasKeepTheirColourExactly() throws Exception {
        BufferedImage flat = new BufferedImage(997, 661, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < flat.getHeight(); y++) {
            for (int x = 0; x < flat.getWidth(); x++) {
                flat.setRGB(x, y, 0x3c7bd9);
            }
        }

        BufferedImage shrunk = Renditions.fit(flat, 240);

        for (int y = 0; y < shrunk.getHeight(); y++) {
            for (int x = 0; x < shrunk.getWidth(); x++) {
                assertThat(shrunk.getRGB(x, y) & 0xffffff).isEqualTo(0x3c7bd9);
            }
        }
    }

    @Test
    void whatJpegReadersReturnIsShrunkLikeRgb() throws Exception {
        BufferedImage rgb = new BufferedImage(301, 203, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < rgb.getHeight(); y++) {
            for (int x = 0; x < rgb.getWidth(); x++) {
                rgb.setRGB(x, y, (x * 7 % 256) << 16 | (y * 5 % 256) << 8 | (x * y) % 256);
            }
        }
        BufferedImage bgr = new BufferedImage(301, 203, BufferedImage.TYPE_3BYTE_BGR);
        bgr.getGraphics().drawImage(rgb, 0, 0, null);

        BufferedImage fromRgb = Renditions.fit(rgb, 120);
        BufferedImage fromBgr = Renditions.fit(bgr, 120);

        assertThat(fromBgr.getRGB(0, 0, 120, 81, null, 0, 120)).isEqualTo(fromRgb.getRGB(0, 0, 120, 81, null, 0, 120));
    }

    /** A one-pixel checkerboard of black and white. */
    private static BufferedImage checkerboard(int width, int height) {
        BufferedImage checkerboard = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                checkerboard.setRGB(x, y, (x + y) % 2 == 0 ? 0xffffff : 0x000000);
            }
        }
        return checkerboard;
    }

    @Test
    void picturesThatFitAreKeptAsTheyAre() throws Exception {
        BufferedImage rgb = new BufferedImage(300, 200, BufferedImage.TYPE_INT_RGB);

        assertThat(Renditions.fit(rgb, 300)).isSameAs(rgb);
    }

    @Test
    void transparencyIsLaidOverWhite() {
        BufferedImage halfTransparentRed = new BufferedImage(4, 4, BufferedImage.TYPE_INT_ARGB);
        for (int y = 0; y < 4; y++) {
            for (int x = 0; x < 4; x++) {
                halfTransparentRed.setRGB(x, y, 0x80ff0000);
            }
        }

        BufferedImage opaque = Renditions.opaqueRgb(halfTransparentRed);

        assertThat(opaque.getType()).isEqualTo(BufferedImage.TYPE_INT_RGB);
        assertThat(new Color(opaque.getRGB(1, 1))).satisfies(c -> {
            assertThat(c.getRed()).isEqualTo(255);
            assertThat(c.getGreen()).isBetween(125, 129);
            assertThat(c.getBlue()).isBetween(125, 129);
        });
    }

    @Test
    void greyWithAlphaKeepsItsStoredValues() {
        // Java2D would draw this through the linear grey colour space and show 100 as 168
        ColorModel greyAlpha = new ComponentColorModel(ColorSpace.getInstance(ColorSpace.CS_GRAY), true, false,
                Transparency.TRANSLUCENT, DataBuffer.TYPE_BYTE);
        BufferedImage grey = new BufferedImage(greyAlpha, greyAlpha.createCompatibleWritableRaster(2, 1), false, null);
        grey.getRaster().setPixel(0, 0, new int[] {100, 255});
        grey.getRaster().setPixel(1, 0, new int[] {0, 0});

        BufferedImage opaque = Renditions.opaqueRgb(grey);

        assertThat(opaque.getRGB(0, 0) & 0xffffff).isEqualTo(0x646464);
        assertThat(opaque.getRGB(1, 0) & 0xffffff).isEqualTo(0xffffff);
    }

    @Test
    void otherColourSpacesAreConvertedToSrgb() {
        ColorModel linear = new ComponentColorModel(ColorSpace.getInstance(ColorSpace.CS_LINEAR_RGB), false, false,
                Transparency.OPAQUE, DataBuffer.TYPE_BYTE);
        BufferedImage image = new BufferedImage(linear, linear.createCompatibleWritableRaster(1, 1), false, null);
        image.getRaster().setPixel(0, 0, new int[] {128, 128, 128});

        BufferedImage srgb = Renditions.opaqueRgb(image);

        assertThat(srgb.getRGB(0, 0) & 0xff).isBetween(185, 191); // linear 0.5 is sRGB 188
    }

    @Test
    void picturesInAnotherColourSpaceAreShrunkThenConverted() throws Exception {
        int[] pixels = new int[1000 * 800];
        java.util.Arrays.fill(pixels, 0x808080);
        BufferedImage linear = PackedPixels.image(pixels, 1000, 800, false, ColorSpace.getInstance(ColorSpace.CS_LINEAR_RGB));

        BufferedImage srgb = Renditions.fit(linear, 100);

        assertThat(srgb.getWidth()).isEqualTo(100);
        assertThat(srgb.getColorModel().getColorSpace().isCS_sRGB()).isTrue();
        assertThat(srgb.getRGB(50, 40) & 0xff).isBetween(185, 191);
    }

    @Test
    void theJpegFitsTheBoxAndSaysSo() throws Exception {
        BufferedImage frame = new BufferedImage(1280, 720, BufferedImage.TYPE_3BYTE_BGR);

        Derivative poster = Renditions.jpeg(frame, 640, AssetRole.POSTER, dir.resolve("poster.jpg"));

        BufferedImage written = ImageIO.read(poster.file().toFile());
        assertThat(written.getWidth()).isEqualTo(640).isEqualTo(poster.width());
        assertThat(written.getHeight()).isEqualTo(360).isEqualTo(poster.height());
        assertThat(poster.contentType()).isEqualTo("image/jpeg");
        assertThat(poster.role()).isEqualTo(AssetRole.POSTER);
    }
}
