package cn.pingxuan.media.image;

import cn.pingxuan.media.AssetRole;
import cn.pingxuan.media.MediaLimits;
import cn.pingxuan.media.MediaRejectedException;
import cn.pingxuan.media.ProcessedMedia;
import com.twelvemonkeys.imageio.metadata.tiff.TIFF;
import com.twelvemonkeys.imageio.metadata.tiff.TIFFEntry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Transparency;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.awt.image.BufferedImage;
import java.awt.image.ColorModel;
import java.awt.image.ComponentColorModel;
import java.awt.image.DataBuffer;
import java.awt.image.IndexColorModel;
import java.awt.image.WritableRaster;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static cn.pingxuan.media.image.Processing.assertColourAt;
import static cn.pingxuan.media.image.Processing.assertQuadrants;
import static cn.pingxuan.media.image.Processing.assertUpright;
import static cn.pingxuan.media.image.Processing.display;
import static cn.pingxuan.media.image.Processing.process;
import static cn.pingxuan.media.image.Processing.processFile;
import static cn.pingxuan.media.image.TestPictures.BOTTOM_LEFT;
import static cn.pingxuan.media.image.TestPictures.BOTTOM_RIGHT;
import static cn.pingxuan.media.image.TestPictures.TOP_LEFT;
import static cn.pingxuan.media.image.TestPictures.TOP_RIGHT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Every format students upload becomes the same upright sRGB JPEGs. */
class ImageFormatsTest {

    @TempDir
    Path dir;

    private static final byte[] LINEAR_RGB_PROFILE = ICC_Profile.getInstance(ColorSpace.CS_LINEAR_RGB).getData();

    private final BufferedImage quadrants = TestPictures.quadrants(1200, 800);

    @Test
    void baselineJpeg() throws Exception {
        ProcessedMedia media = process(dir, "photo.jpg", TestPictures.jpeg(quadrants, 0.9f));

        assertThat(media.width()).isEqualTo(1200);
        assertThat(media.height()).isEqualTo(800);
        assertThat(media.durationMs()).isNull();
        assertThat(media.characters()).isNull();
        assertThat(media.details()).isEqualTo("JPEG 1200×800 · RGB");
        assertThat(media.derivatives()).extracting(d -> d.role())
                .containsExactly(AssetRole.DISPLAY, AssetRole.THUMB_LARGE, AssetRole.THUMB_SMALL);
        assertThat(media.derivatives()).allSatisfy(d -> assertThat(d.contentType()).isEqualTo("image/jpeg"));
        assertUpright(display(media));
    }

    @Test
    void progressiveJpeg() throws Exception {
        ProcessedMedia media = process(dir, "progressive.jpg", TestPictures.progressiveJpeg(quadrants));

        assertThat(media.details()).startsWith("JPEG 1200×800");
        assertUpright(display(media));
    }

    @Test
    void cmykJpegIsConvertedToRgb() throws Exception {
        int[] cyan = {255, 0, 0, 0};
        int[] paper = {0, 0, 0, 0};
        // wide enough to be decoded with subsampling, as a print poster would be
        ProcessedMedia media = process(dir, "poster.jpg", TestPictures.adobeCmykJpeg(4200, 600, cyan, paper));

        assertThat(media.details()).isEqualTo("JPEG 4200×600 · CMYK");
        BufferedImage display = display(media);
        assertColourAt(display, 0.25, 0.5, new Color(0, 255, 255));
        assertColourAt(display, 0.75, 0.5, Color.WHITE);
    }

    @ParameterizedTest(name = "{0}×{1}")
    @CsvSource({"400, 300", "4200, 600"})
    void iccProfiledJpegIsConvertedToSrgb(int width, int height) throws Exception {
        BufferedImage grey = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        fill(grey, new Color(128, 128, 128));
        // stored values in linear light: 128 is sRGB 188
        byte[] app2 = TestPictures.concat("ICC_PROFILE\0".getBytes(StandardCharsets.ISO_8859_1), new byte[] {1, 1},
                LINEAR_RGB_PROFILE);

        ProcessedMedia media = process(dir, "linear.jpg", TestPictures.withSegment(TestPictures.jpeg(grey, 0.95f), 0xE2, app2));

        assertColourAt(display(media), 0.5, 0.5, new Color(188, 188, 188));
    }

    @Test
    void pngTransparencyBecomesWhiteNotBlack() throws Exception {
        BufferedImage logo = new BufferedImage(600, 400, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = logo.createGraphics();
        g.setColor(new Color(0, 0, 0, 0)); // transparent black, what editors store behind a cut-out
        g.fillRect(0, 0, 300, 400);
        g.setColor(TOP_LEFT);
        g.fillRect(300, 0, 300, 400);
        g.dispose();

        ProcessedMedia media = process(dir, "logo.png", TestPictures.encode(logo, "png"));

        assertThat(media.details()).isEqualTo("PNG 600×400 · RGBA");
        assertColourAt(display(media), 0.25, 0.5, Color.WHITE);
        assertColourAt(display(media), 0.75, 0.5, TOP_LEFT);
    }

    @Test
    void indexedPngWithATransparentColourBecomesWhite() throws Exception {
        IndexColorModel palette = new IndexColorModel(8, 2, new byte[] {0, (byte) 220}, new byte[] {0, 30},
                new byte[] {0, 30}, 0);
        BufferedImage indexed = new BufferedImage(400, 300, BufferedImage.TYPE_BYTE_INDEXED, palette);
        WritableRaster raster = indexed.getRaster();
        for (int y = 0; y < 300; y++) {
            for (int x = 200; x < 400; x++) {
                raster.setSample(x, y, 0, 1);
            }
        }

        ProcessedMedia media = process(dir, "comic.png", TestPictures.encode(indexed, "png"));

        assertThat(media.details()).isEqualTo("PNG 400×300 · 索引色");
        assertColourAt(display(media), 0.25, 0.5, Color.WHITE);
        assertColourAt(display(media), 0.75, 0.5, TOP_LEFT);
    }

    @Test
    void sixteenBitPngAndGreyWithAlphaKeepTheirColours() throws Exception {
        ColorModel rgb16 = new ComponentColorModel(ColorSpace.getInstance(ColorSpace.CS_sRGB), false, false,
                Transparency.OPAQUE, DataBuffer.TYPE_USHORT);
        BufferedImage deep = new BufferedImage(rgb16, rgb16.createCompatibleWritableRaster(400, 300), false, null);
        fillSamples(deep.getRaster(), 100 * 257, 150 * 257, 200 * 257);
        ColorModel greyAlpha = new ComponentColorModel(ColorSpace.getInstance(ColorSpace.CS_GRAY), true, false,
                Transparency.TRANSLUCENT, DataBuffer.TYPE_BYTE);
        BufferedImage grey = new BufferedImage(greyAlpha, greyAlpha.createCompatibleWritableRaster(400, 300), false, null);
        fillSamples(grey.getRaster(), 100, 255);

        ProcessedMedia deepMedia = process(dir, "deep.png", TestPictures.encode(deep, "png"));
        ProcessedMedia greyMedia = process(dir, "grey.png", TestPictures.encode(grey, "png"));

        assertThat(deepMedia.details()).isEqualTo("PNG 400×300 · RGB · 16 位");
        assertColourAt(display(deepMedia), 0.5, 0.5, new Color(100, 150, 200));
        assertThat(greyMedia.details()).isEqualTo("PNG 400×300 · 灰度 + 透明");
        assertColourAt(display(greyMedia), 0.5, 0.5, new Color(100, 100, 100));
    }

    @Test
    void webp() throws Exception {
        Path png = Files.write(dir.resolve("source.png"), TestPictures.encode(quadrants, "png"));
        Path webp = dir.resolve("photo.webp");
        BundledFfmpeg.run("-i", png.toString(), "-c:v", "libwebp", "-quality", "90", webp.toString());

        ProcessedMedia media = processFile(dir, webp, MediaLimits.NONE);

        assertThat(media.details()).isEqualTo("WEBP 1200×800 · RGB");
        assertUpright(display(media));
    }

    @Test
    void webpTransparencyBecomesWhite() throws Exception {
        BufferedImage sticker = new BufferedImage(400, 300, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = sticker.createGraphics();
        g.setColor(TOP_LEFT);
        g.fillRect(200, 0, 200, 300);
        g.dispose();
        Path png = Files.write(dir.resolve("sticker.png"), TestPictures.encode(sticker, "png"));
        Path webp = dir.resolve("sticker.webp");
        BundledFfmpeg.run("-i", png.toString(), "-c:v", "libwebp", "-lossless", "1", webp.toString());

        ProcessedMedia media = processFile(dir, webp, MediaLimits.NONE);

        assertThat(media.details()).isEqualTo("WEBP 400×300 · RGBA · 无损");
        assertColourAt(display(media), 0.25, 0.5, Color.WHITE);
        assertColourAt(display(media), 0.75, 0.5, TOP_LEFT);
    }

    @Test
    void webpExifOrientationIsApplied() throws Exception {
        Path png = Files.write(dir.resolve("source.png"), TestPictures.encode(quadrants, "png"));
        Path simple = dir.resolve("simple.webp");
        BundledFfmpeg.run("-i", png.toString(), "-c:v", "libwebp", "-quality", "90", simple.toString());
        byte[] exif = TestPictures.tiff(List.of(new TIFFEntry(TIFF.TAG_ORIENTATION, TIFF.TYPE_SHORT, 6)));

        ProcessedMedia media = process(dir, "turned.webp", extendedWebp(Files.readAllBytes(simple), 1200, 800, exif));

        assertThat(media.width()).isEqualTo(800);
        assertThat(media.height()).isEqualTo(1200);
        assertQuadrants(display(media), BOTTOM_LEFT, TOP_LEFT, BOTTOM_RIGHT, TOP_RIGHT);
    }

    @Test
    void animatedWebpIsRefusedWithAnExplanation() throws Exception {
        Path webp = dir.resolve("animation.webp");
        BundledFfmpeg.run("-f", "lavfi", "-i", "testsrc=size=320x240:rate=5", "-t", "1", "-c:v", "libwebp_anim",
                webp.toString());

        assertThatThrownBy(() -> processFile(dir, webp, MediaLimits.NONE))
                .isInstanceOf(MediaRejectedException.class)
                .hasMessage("暂不支持动态 WebP 图片，请导出为 JPEG、PNG 或 GIF 后重新上传");
    }

    @Test
    void gifFirstFrame() throws Exception {
        BufferedImage first = new BufferedImage(300, 200, BufferedImage.TYPE_INT_RGB);
        fill(first, TOP_LEFT);
        BufferedImage second = new BufferedImage(300, 200, BufferedImage.TYPE_INT_RGB);
        fill(second, BOTTOM_LEFT);

        ProcessedMedia media = process(dir, "animation.gif", animatedGif(first, second));

        assertThat(media.details()).isEqualTo("GIF 300×200 · 索引色");
        assertColourAt(display(media), 0.5, 0.5, TOP_LEFT);
    }

    @Test
    void tiff() throws Exception {
        ProcessedMedia media = process(dir, "scan.tif", TestPictures.encode(quadrants, "tiff"));

        assertThat(media.details()).isEqualTo("TIFF 1200×800 · RGB");
        assertUpright(display(media));
    }

    @Test
    void bmp() throws Exception {
        BufferedImage bgr = new BufferedImage(1200, 800, BufferedImage.TYPE_3BYTE_BGR);
        bgr.createGraphics().drawImage(quadrants, 0, 0, null);

        ProcessedMedia media = process(dir, "paint.bmp", TestPictures.encode(bgr, "bmp"));

        assertThat(media.details()).isEqualTo("BMP 1200×800 · RGB");
        assertUpright(display(media));
    }

    @Test
    void heicSingleImage() throws Exception {
        Path heic = HeifFile.single().write(TestPictures.quadrants(640, 480), dir.resolve("single.heic"));

        ProcessedMedia media = processFile(dir, heic, MediaLimits.NONE);

        assertThat(media.details()).isEqualTo("HEIC 640×480");
        assertUpright(display(media));
    }

    @Test
    void heicTileGridAsIphonesWriteIt() throws Exception {
        // 4×3 tiles of 256 px cropped to 1000×700, as an iPhone's 8×6 tiles of 512 px make 4032×3024
        Path heic = HeifFile.grid(256).write(TestPictures.quadrants(1000, 700), dir.resolve("grid.heic"));

        ProcessedMedia media = processFile(dir, heic, MediaLimits.NONE);

        assertThat(media.width()).isEqualTo(1000);
        assertThat(media.height()).isEqualTo(700);
        BufferedImage display = display(media);
        assertUpright(display);
        // tiles meet without seams or gaps: every tile's area shows its quadrant's colour
        for (double x = 0.05; x < 1; x += 0.1) {
            for (double y = 0.05; y < 1; y += 0.1) {
                assertColourAt(display, x, y, x < 0.5 ? (y < 0.5 ? TOP_LEFT : BOTTOM_LEFT) : (y < 0.5 ? TOP_RIGHT : BOTTOM_RIGHT));
            }
        }
    }

    @Test
    void fullRangeHeicKeepsItsDarkTones() throws Exception {
        // iPhones store full-range YUV; read as video range, a dark grey of 40 would come out near 28
        BufferedImage grey = new BufferedImage(512, 512, BufferedImage.TYPE_INT_RGB);
        fill(grey, new Color(40, 40, 40));
        Path heic = HeifFile.single().inFullRange().write(grey, dir.resolve("dark.heic"));

        BufferedImage display = display(processFile(dir, heic, MediaLimits.NONE));

        assertThat(new Color(display.getRGB(256, 256)).getGreen()).isBetween(37, 43);
    }

    @Test
    void heicColoursAreConvertedFromItsIccProfile() throws Exception {
        // iPhones tag their photos Display P3; a linear-light profile makes the conversion easy to see
        Path heic = HeifFile.grid(256).profiled(LINEAR_RGB_PROFILE)
                .write(TestPictures.quadrants(1000, 700), dir.resolve("profiled.heic"));

        ProcessedMedia media = processFile(dir, heic, MediaLimits.NONE);

        assertQuadrants(display(media), linearToSrgb(TOP_LEFT), linearToSrgb(TOP_RIGHT), linearToSrgb(BOTTOM_LEFT),
                linearToSrgb(BOTTOM_RIGHT));
    }

    @Test
    void heicRotationFromIrotIsApplied() throws Exception {
        // irot 3: three quarter turns anticlockwise, how an iPhone held upright stores its photo
        Path heic = HeifFile.grid(256).turned(3).write(TestPictures.quadrants(1000, 700), dir.resolve("portrait.heic"));

        ProcessedMedia media = processFile(dir, heic, MediaLimits.NONE);

        assertThat(media.width()).isEqualTo(700);
        assertThat(media.height()).isEqualTo(1000);
        assertQuadrants(display(media), BOTTOM_LEFT, TOP_LEFT, BOTTOM_RIGHT, TOP_RIGHT);
    }

    @Test
    void heicMirrorFromImirIsApplied() throws Exception {
        // a quarter turn anticlockwise, then imir 0, which libheif and FFmpeg both read as top and bottom swapping
        Path heic = HeifFile.single().turned(1).mirrored(0).write(TestPictures.quadrants(640, 480), dir.resolve("selfie.heic"));

        ProcessedMedia media = processFile(dir, heic, MediaLimits.NONE);

        assertThat(media.width()).isEqualTo(480);
        assertThat(media.height()).isEqualTo(640);
        // together a transpose: the top-left corner stays, the top-right one comes to the bottom left
        assertQuadrants(display(media), TOP_LEFT, BOTTOM_LEFT, TOP_RIGHT, BOTTOM_RIGHT);
    }

    @Test
    void avif() throws Exception {
        Path png = Files.write(dir.resolve("source.png"), TestPictures.encode(quadrants, "png"));
        Path avif = dir.resolve("photo.avif");
        BundledFfmpeg.run("-i", png.toString(), "-frames:v", "1", "-c:v", "libaom-av1", "-still-picture", "1",
                "-cpu-used", "8", "-crf", "30", avif.toString());

        ProcessedMedia media = processFile(dir, avif, MediaLimits.NONE);

        assertThat(media.details()).isEqualTo("AVIF 1200×800");
        assertUpright(display(media));
    }

    /** The simple (VP8 only) WebP rewritten in the extended format with an EXIF chunk, as cameras and editors do. */
    private static byte[] extendedWebp(byte[] simple, int width, int height, byte[] exif) {
        byte[] vp8 = java.util.Arrays.copyOfRange(simple, 12, simple.length);
        ByteBuffer vp8x = ByteBuffer.allocate(18).order(ByteOrder.LITTLE_ENDIAN);
        vp8x.put("VP8X".getBytes(StandardCharsets.US_ASCII)).putInt(10).put((byte) 0x08).put(new byte[3]);
        vp8x.put((byte) (width - 1)).put((byte) ((width - 1) >> 8)).put((byte) ((width - 1) >> 16));
        vp8x.put((byte) (height - 1)).put((byte) ((height - 1) >> 8)).put((byte) ((height - 1) >> 16));
        ByteBuffer exifChunk = ByteBuffer.allocate(8 + exif.length + exif.length % 2).order(ByteOrder.LITTLE_ENDIAN);
        exifChunk.put("EXIF".getBytes(StandardCharsets.US_ASCII)).putInt(exif.length).put(exif);
        byte[] body = TestPictures.concat("WEBP".getBytes(StandardCharsets.US_ASCII), vp8x.array(), vp8, exifChunk.array());
        ByteBuffer riff = ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN);
        riff.put("RIFF".getBytes(StandardCharsets.US_ASCII)).putInt(body.length);
        return TestPictures.concat(riff.array(), body);
    }

    private static byte[] animatedGif(BufferedImage... frames) throws Exception {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("gif").next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
            writer.setOutput(out);
            writer.prepareWriteSequence(null);
            for (BufferedImage frame : frames) {
                IIOMetadata metadata = writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(frame), null);
                IIOMetadataNode root = (IIOMetadataNode) metadata.getAsTree("javax_imageio_gif_image_1.0");
                IIOMetadataNode control = new IIOMetadataNode("GraphicControlExtension");
                control.setAttribute("disposalMethod", "none");
                control.setAttribute("userInputFlag", "FALSE");
                control.setAttribute("transparentColorFlag", "FALSE");
                control.setAttribute("delayTime", "50");
                control.setAttribute("transparentColorIndex", "0");
                root.appendChild(control);
                metadata.setFromTree("javax_imageio_gif_image_1.0", root);
                writer.writeToSequence(new IIOImage(frame, null, metadata), null);
            }
            writer.endWriteSequence();
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }

    private static Color linearToSrgb(Color linear) {
        float[] srgb = ColorSpace.getInstance(ColorSpace.CS_LINEAR_RGB).toRGB(linear.getRGBColorComponents(null));
        return new Color(srgb[0], srgb[1], srgb[2]);
    }

    private static void fill(BufferedImage image, Color colour) {
        Graphics2D g = image.createGraphics();
        g.setColor(colour);
        g.fillRect(0, 0, image.getWidth(), image.getHeight());
        g.dispose();
    }

    private static void fillSamples(WritableRaster raster, int... samples) {
        for (int y = 0; y < raster.getHeight(); y++) {
            for (int x = 0; x < raster.getWidth(); x++) {
                raster.setPixel(x, y, samples);
            }
        }
    }
}
