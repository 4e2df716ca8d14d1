package cn.pingxuan.media.essay;

import cn.pingxuan.media.AssetRole;
import cn.pingxuan.media.Derivative;
import cn.pingxuan.media.MediaLimits;
import cn.pingxuan.media.MediaRejectedException;
import cn.pingxuan.media.ProcessedMedia;
import cn.pingxuan.originality.Fingerprint;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static cn.pingxuan.media.essay.EssayFixtures.chars;
import static cn.pingxuan.media.essay.EssayFixtures.work;
import static cn.pingxuan.media.essay.EssayFixtures.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/** What every essay gets, whatever its format: limits, derivatives without metadata, a fingerprint. */
class EssayProcessorTest {

    /** 春眠不觉晓 处处闻啼鸟 夜来风雨声 花落知多少: 20 汉字. */
    private static final String POEM = "春眠不觉晓，处处闻啼鸟。\n夜来风雨声，花落知多少。";
    private static final double A4 = 297.0 / 210.0;
    private static final Set<String> PIXEL_CHUNKS = Set.of("IHDR", "PLTE", "IDAT", "IEND", "sRGB", "gAMA", "pHYs", "cHRM");

    @TempDir
    Path dir;

    private final EssayProcessor processor = new EssayProcessor(EssayFixtures.properties());

    @Test
    void acceptsTextWordAndPdfOnly() {
        assertThat(processor.accepts("text/plain")).isTrue();
        assertThat(processor.accepts("text/plain; charset=GBK")).isTrue();
        assertThat(processor.accepts("application/vnd.openxmlformats-officedocument.wordprocessingml.document")).isTrue();
        assertThat(processor.accepts("application/pdf")).isTrue();
        assertThat(processor.accepts("application/zip")).isFalse();
        assertThat(processor.accepts("application/msword")).isFalse();
        assertThat(processor.accepts("image/jpeg")).isFalse();
    }

    @Test
    void refusesAnEssayShorterThanTheCategoryAllows() {
        assertThatThrownBy(() -> processTxt(POEM, chars(800, null)))
                .isInstanceOf(MediaRejectedException.class).hasMessage("文章字数 20 字，少于要求的 800 字");
    }

    @Test
    void refusesAnEssayLongerThanTheCategoryAllows() {
        assertThatThrownBy(() -> processTxt(POEM, chars(null, 19)))
                .isInstanceOf(MediaRejectedException.class).hasMessage("文章字数 20 字，超过上限 19 字");
    }

    @Test
    void groupsThousandsInTheLimitMessage() {
        assertThatThrownBy(() -> processTxt(POEM, chars(1500, 3000)))
                .isInstanceOf(MediaRejectedException.class).hasMessage("文章字数 20 字，少于要求的 1,500 字");
    }

    @Test
    void acceptsAnEssayExactlyAtBothLimits() throws Exception {
        assertThat(processTxt(POEM, chars(20, 20)).characters()).isEqualTo(20);
    }

    @Test
    void textPreviewIsAnA4PageWithTheTextDrawnAndNoMetadata() throws Exception {
        ProcessedMedia media = process(DocxFixtures.essay(), MediaLimits.NONE);

        Derivative preview = preview(media);
        assertA4Png(preview);
        assertThat(preview.width()).isEqualTo(1000);
        assertThat(darkPixels(ImageIO.read(preview.file().toFile()))).as("text is drawn").isGreaterThan(500);
        assertCarriesNoMetadata(preview.file());
        assertCarriesNoMetadata(TextEssayTest.text(media).file());
    }

    @Test
    void pdfPreviewIsItsFirstPageRenderedWithoutMetadata() throws Exception {
        ProcessedMedia media = process(PdfFixtures.withPages(List.of(EssayFixtures.ESSAY, "第二页")), MediaLimits.NONE);

        Derivative preview = preview(media);
        assertA4Png(preview);
        assertThat(preview.width()).isEqualTo(1000);
        assertThat(darkPixels(ImageIO.read(preview.file().toFile()))).as("the page's text is rendered").isGreaterThan(500);
        assertCarriesNoMetadata(preview.file());
        assertCarriesNoMetadata(TextEssayTest.text(media).file());
    }

    @Test
    void derivativesAreTheTextAndTheFirstPageInTheWorkDirectory() throws Exception {
        var work = work(dir);
        ProcessedMedia media = processor.process(write(dir, "essay", POEM.getBytes(StandardCharsets.UTF_8)), work);

        assertThat(media.derivatives()).extracting(Derivative::role).containsExactly(AssetRole.TEXT, AssetRole.PDF_PREVIEW);
        assertThat(media.derivatives()).allSatisfy(d -> assertThat(d.file().getParent()).isEqualTo(work.workDir()));
        assertThat(media.derivatives().get(0).file().getFileName().toString()).endsWith(".txt");
        assertThat(media.derivatives().get(1).contentType()).isEqualTo("image/png");
    }

    @Test
    void theSameEssayRepunctuatedInAnotherFormatHasANearlyEqualFingerprint() throws Exception {
        Fingerprint original = process(DocxFixtures.withText(EssayFixtures.ESSAY), MediaLimits.NONE).fingerprint();
        Fingerprint disguised = processTxt(EssayFixtures.ESSAY_REPUNCTUATED, MediaLimits.NONE).fingerprint();
        Fingerprint unrelated = processTxt(EssayFixtures.UNRELATED, MediaLimits.NONE).fingerprint();

        assertThat(original).isNotNull();
        assertThat(original.kind()).isEqualTo(Fingerprint.Kind.TEXT);
        assertThat(original.similarity(disguised)).isGreaterThanOrEqualTo(0.8);
        assertThat(original.similarity(unrelated)).isLessThanOrEqualTo(0.2);
    }

    @Test
    void aVeryShortEssayHasNoFingerprint() throws Exception {
        assertThat(processTxt("短文。", MediaLimits.NONE).fingerprint()).isNull();
    }

    private ProcessedMedia processTxt(String text, MediaLimits limits) throws Exception {
        return process(text.getBytes(StandardCharsets.UTF_8), limits);
    }

    private ProcessedMedia process(byte[] content, MediaLimits limits) throws Exception {
        return processor.process(write(dir, "original-" + System.nanoTime(), content), work(dir, limits));
    }

    private static Derivative preview(ProcessedMedia media) {
        return media.derivatives().stream().filter(d -> d.role() == AssetRole.PDF_PREVIEW).findFirst().orElseThrow();
    }

    private static void assertA4Png(Derivative preview) throws IOException {
        assertThat(preview.contentType()).isEqualTo("image/png");
        BufferedImage image = ImageIO.read(preview.file().toFile());
        assertThat(image.getWidth()).isEqualTo(preview.width());
        assertThat(image.getHeight()).isEqualTo(preview.height());
        assertThat((double) image.getHeight() / image.getWidth()).isCloseTo(A4, within(0.01));
    }

    /** Neither the author's name in any encoding, nor a PNG chunk that could hold text or a date. */
    private static void assertCarriesNoMetadata(Path file) throws IOException {
        String bytes = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
        for (String secret : List.of(EssayFixtures.AUTHOR, DocxFixtures.COMPANY)) {
            assertThat(bytes).doesNotContain(new String(secret.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1));
            assertThat(bytes).doesNotContain(new String(secret.getBytes(StandardCharsets.UTF_16BE), StandardCharsets.ISO_8859_1));
            assertThat(bytes).doesNotContain(new String(secret.getBytes(StandardCharsets.UTF_16LE), StandardCharsets.ISO_8859_1));
        }
        assertThat(bytes).doesNotContain("Author");
        if (file.toString().endsWith(".png")) {
            assertThat(pngChunkTypes(file)).isSubsetOf(PIXEL_CHUNKS);
        }
    }

    private static List<String> pngChunkTypes(Path png) throws IOException {
        List<String> types = new ArrayList<>();
        try (InputStream in = Files.newInputStream(png); DataInputStream data = new DataInputStream(in)) {
            data.skipNBytes(8);
            while (true) {
                int length = data.readInt();
                byte[] type = data.readNBytes(4);
                types.add(new String(type, StandardCharsets.US_ASCII));
                data.skipNBytes(length + 4L);
                if (types.get(types.size() - 1).equals("IEND")) {
                    return types;
                }
            }
        }
    }

    private static int darkPixels(BufferedImage image) {
        int dark = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int rgb = image.getRGB(x, y);
                int grey = ((rgb >> 16 & 0xff) + (rgb >> 8 & 0xff) + (rgb & 0xff)) / 3;
                if (grey < 128) {
                    dark++;
                }
            }
        }
        return dark;
    }
}
