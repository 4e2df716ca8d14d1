package cn.pingxuan.media.essay;

import cn.pingxuan.media.MediaRejectedException;
import cn.pingxuan.media.ProcessedMedia;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static cn.pingxuan.media.essay.EssayFixtures.work;
import static cn.pingxuan.media.essay.EssayFixtures.write;
import static cn.pingxuan.media.essay.TextEssayTest.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Word documents: the body and only the body, and the many files that are not one. */
class DocxEssayTest {

    private static final String TOO_BIG = "文档解压后过大，可能已损坏或含有异常内容，请另存为新文档后上传";
    private static final String NOT_WORD = "文件不是 Word 文档（.docx），请用 Word 或 WPS 打开后另存为 .docx 再上传";

    @TempDir
    Path dir;

    private final EssayProcessor processor = new EssayProcessor(EssayFixtures.properties());

    @Test
    void takesParagraphsAndTablesInOrderAndNothingElse() throws Exception {
        ProcessedMedia media = process(DocxFixtures.essay());

        String text = Files.readString(text(media).file(), StandardCharsets.UTF_8);
        assertThat(text).isEqualTo(DocxFixtures.BODY);
        assertThat(text).doesNotContain(DocxFixtures.HEADER, DocxFixtures.FOOTER, DocxFixtures.COMMENT,
                DocxFixtures.FOOTNOTE, DocxFixtures.HIDDEN, DocxFixtures.COMPANY, EssayFixtures.AUTHOR, "footnoteRef");
    }

    @Test
    void countsOnlyTheBodyAndReportsWordsPageCount() throws Exception {
        ProcessedMedia media = process(DocxFixtures.essay());

        // 读活着有感 5, 福贵的一生失去了太多却仍然活着 15, 书名作者 4, 活着余华 4, 活着本身就是意义 8
        assertThat(media.characters()).isEqualTo(36);
        assertThat(media.details()).isEqualTo("DOCX · 3 页 · 36 字");
        assertThat(media.width()).isNull();
        assertThat(media.height()).isNull();
        assertThat(media.durationMs()).isNull();
    }

    @Test
    void refusesAZipBombBeforeInflatingIt() throws Exception {
        byte[] bomb = DocxFixtures.zipBomb(300);
        assertThat(bomb.length).as("the file itself stays small").isLessThan(1024 * 1024);

        assertThatThrownBy(() -> process(bomb)).isInstanceOf(MediaRejectedException.class).hasMessage(TOO_BIG);
    }

    @Test
    void refusesASmallerZipBombByItsCompressionRatio() throws Exception {
        // 50 MB is within maxDocumentBytes (100 MB); 1:1000 is not what a document compresses to
        assertThatThrownBy(() -> process(DocxFixtures.zipBomb(50))).isInstanceOf(MediaRejectedException.class)
                .hasMessage(TOO_BIG);
    }

    @Test
    void refusesAZipBombThatLiesAboutItsSizeWhilePoiInflatesIt() throws Exception {
        byte[] bomb = DocxFixtures.lyingZipBomb(50);

        assertThatThrownBy(() -> process(bomb)).isInstanceOf(MediaRejectedException.class).hasMessage(TOO_BIG);
    }

    @Test
    void refusesAZipThatIsNoOfficeDocument() {
        assertThatThrownBy(() -> process(DocxFixtures.plainZip()))
                .isInstanceOf(MediaRejectedException.class).hasMessage(NOT_WORD);
    }

    @Test
    void refusesAnExcelWorkbook() {
        assertThatThrownBy(() -> process(DocxFixtures.xlsx()))
                .isInstanceOf(MediaRejectedException.class).hasMessage(NOT_WORD);
    }

    @Test
    void explainsALegacyDocFile() {
        assertThatThrownBy(() -> process(DocxFixtures.legacyDoc()))
                .isInstanceOf(MediaRejectedException.class)
                .hasMessage("这是旧版 Word 文档（.doc），请用 Word 或 WPS 打开后另存为 .docx 再上传");
    }

    @Test
    void explainsAPasswordProtectedDocument() {
        assertThatThrownBy(() -> process(DocxFixtures.encrypted(DocxFixtures.essay())))
                .isInstanceOf(MediaRejectedException.class)
                .hasMessage("文档设有密码（已加密），请取消密码后另存为 .docx 再上传");
    }

    @Test
    void refusesATruncatedDocument() throws Exception {
        byte[] whole = DocxFixtures.essay();
        byte[] truncated = java.util.Arrays.copyOf(whole, whole.length / 2);

        assertThatThrownBy(() -> process(truncated)).isInstanceOf(MediaRejectedException.class)
                .hasMessage("Word 文档已损坏，无法读取，请用 Word 或 WPS 打开后另存为新文档再上传");
    }

    private ProcessedMedia process(byte[] content) throws Exception {
        return processor.process(write(dir, "original-" + System.nanoTime(), content), work(dir));
    }
}
