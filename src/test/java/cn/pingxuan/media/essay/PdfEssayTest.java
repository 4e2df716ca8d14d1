package cn.pingxuan.media.essay;

import cn.pingxuan.media.MediaRejectedException;
import cn.pingxuan.media.ProcessedMedia;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static cn.pingxuan.media.essay.EssayFixtures.work;
import static cn.pingxuan.media.essay.EssayFixtures.write;
import static cn.pingxuan.media.essay.TextEssayTest.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** PDFs: text in reading order, and the PDFs that cannot be an essay. */
class PdfEssayTest {

    @TempDir
    Path dir;

    private final EssayProcessor processor = new EssayProcessor(EssayFixtures.properties(3));

    @Test
    void takesTheTextOfEveryPageInOrder() throws Exception {
        ProcessedMedia media = process(PdfFixtures.withPages(List.of("第一页：春眠不觉晓。", "第二页：处处闻啼鸟。")));

        String text = Files.readString(text(media).file(), StandardCharsets.UTF_8);
        assertThat(text.replaceAll("\\s+", "")).isEqualTo("第一页：春眠不觉晓。第二页：处处闻啼鸟。");
        assertThat(text).doesNotContain(EssayFixtures.AUTHOR);
        // 第一页春眠不觉晓 8 + 第二页处处闻啼鸟 8
        assertThat(media.characters()).isEqualTo(16);
        assertThat(media.details()).isEqualTo("PDF · 2 页 · 16 字");
    }

    @Test
    void readsALongChineseEssayWrappedOverManyLines() throws Exception {
        ProcessedMedia media = process(PdfFixtures.withPages(List.of(EssayFixtures.ESSAY)));

        String text = Files.readString(text(media).file(), StandardCharsets.UTF_8);
        assertThat(text.replaceAll("\\s+", "")).isEqualTo(EssayFixtures.ESSAY.replaceAll("\\s+", ""));
    }

    @Test
    void refusesAPdfWithAnOpenPassword() throws Exception {
        byte[] locked = PdfFixtures.encrypted(PdfFixtures.withPages(List.of("加密的文章内容。")), "user-secret");

        assertThatThrownBy(() -> process(locked)).isInstanceOf(MediaRejectedException.class)
                .hasMessage("PDF 文件设有打开密码，请取消密码后重新导出再上传");
    }

    @Test
    void refusesAPdfEncryptedWithOnlyAPermissionsPassword() throws Exception {
        byte[] restricted = PdfFixtures.encrypted(PdfFixtures.withPages(List.of("禁止复制的文章内容。")), "");

        assertThatThrownBy(() -> process(restricted)).isInstanceOf(MediaRejectedException.class)
                .hasMessage("PDF 文件已加密（设有权限密码），请取消加密后重新导出再上传");
    }

    @Test
    void refusesMorePagesThanAllowed() throws Exception {
        byte[] fourPages = PdfFixtures.withPages(List.of("一", "二", "三", "四"));

        assertThatThrownBy(() -> process(fourPages)).isInstanceOf(MediaRejectedException.class)
                .hasMessage("PDF 共 4 页，超过上限 3 页，请删减后重新上传");
    }

    @Test
    void explainsAScannedPdfWithoutText() throws Exception {
        assertThatThrownBy(() -> process(PdfFixtures.scanned(2))).isInstanceOf(MediaRejectedException.class)
                .hasMessage("PDF 中没有可提取的文字（可能是扫描件），请上传可复制文字的 PDF 或 Word 文档");
    }

    @Test
    void refusesABrokenPdf() {
        byte[] broken = "%PDF-1.7\n这不是一个真正的 PDF 文件\n".getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> process(broken)).isInstanceOf(MediaRejectedException.class)
                .hasMessage("PDF 文件已损坏，无法读取，请重新导出 PDF 后上传");
    }

    private ProcessedMedia process(byte[] content) throws Exception {
        return processor.process(write(dir, "original-" + System.nanoTime(), content), work(dir));
    }
}
