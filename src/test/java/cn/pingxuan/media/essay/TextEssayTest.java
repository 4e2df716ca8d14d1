package cn.pingxuan.media.essay;

import cn.pingxuan.media.AssetRole;
import cn.pingxuan.media.Derivative;
import cn.pingxuan.media.MediaRejectedException;
import cn.pingxuan.media.ProcessedMedia;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

import static cn.pingxuan.media.essay.EssayFixtures.work;
import static cn.pingxuan.media.essay.EssayFixtures.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** .txt essays in the encodings Chinese students' editors save. */
class TextEssayTest {

    private static final String ESSAY = "　　读书使人明理。\n　　Reading 2 books a week.";

    @TempDir
    Path dir;

    private final EssayProcessor processor = new EssayProcessor(EssayFixtures.properties());

    @Test
    void readsUtf8() throws Exception {
        assertThat(textOf(ESSAY.getBytes(StandardCharsets.UTF_8))).isEqualTo(ESSAY);
    }

    @Test
    void readsUtf8WithByteOrderMarkAndDropsTheMark() throws Exception {
        assertThat(textOf(concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, ESSAY.getBytes(StandardCharsets.UTF_8))))
                .isEqualTo(ESSAY);
    }

    @Test
    void readsUtf16WithByteOrderMark() throws Exception {
        assertThat(textOf(concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, ESSAY.getBytes(StandardCharsets.UTF_16LE))))
                .isEqualTo(ESSAY);
    }

    @Test
    void readsGbkAsNotepadOnChineseWindowsSavesIt() throws Exception {
        assertThat(textOf(ESSAY.getBytes(Charset.forName("GBK")))).isEqualTo(ESSAY);
    }

    @Test
    void readsGb18030IncludingCharactersGbkDoesNotHave() throws Exception {
        // 𠀀 (U+20000) and 㐀 (U+3400) are four-byte sequences in GB18030; GBK cannot encode them
        String rare = "人名用字𠀀与㐀。" + ESSAY;
        assertThat(Charset.forName("GBK").newEncoder().canEncode(rare)).isFalse();

        ProcessedMedia media = process(rare.getBytes(Charset.forName("GB18030")));

        assertThat(Files.readString(text(media).file(), StandardCharsets.UTF_8)).isEqualTo(rare);
        // 人名用字 与 + 𠀀 㐀 = 7, then the essay: 读书使人明理 = 6 汉字, Reading books a week = 7+5+1+4 = 17 letters, 2 = 1 digit
        assertThat(media.characters()).isEqualTo(7 + 6 + 17 + 1);
    }

    @Test
    void normalisesLineEndingsToNewlines() throws Exception {
        byte[] windowsAndOldMac = "第一段。\r\n第二段。\r第三段。\r\n\r\n\r\n\r\n第四段。\r\n".getBytes(StandardCharsets.UTF_8);

        assertThat(textOf(windowsAndOldMac)).isEqualTo("第一段。\n第二段。\n第三段。\n\n第四段。");
    }

    @Test
    void writesTheTextAsUtf8AndSaysSo() throws Exception {
        ProcessedMedia media = process(ESSAY.getBytes(Charset.forName("GBK")));

        assertThat(text(media).contentType()).isEqualTo("text/plain; charset=utf-8");
        assertThat(Files.readAllBytes(text(media).file())).isEqualTo(ESSAY.getBytes(StandardCharsets.UTF_8));
        assertThat(media.details()).isEqualTo("TXT · 24 字");
    }

    @Test
    void refusesAnEmptyFile() {
        assertThatThrownBy(() -> process(new byte[0]))
                .isInstanceOf(MediaRejectedException.class).hasMessage("文件是空的，请检查后重新上传");
    }

    @Test
    void refusesBinaryGarbageNamedTxt() {
        byte[] garbage = new byte[8192];
        new Random(20240901).nextBytes(garbage);

        assertThatThrownBy(() -> process(garbage))
                .isInstanceOf(MediaRejectedException.class).hasMessageStartingWith("文件不是可识别的文本文件");
    }

    @Test
    void refusesTextWithNulBytesThatDecodesAsUtf8() {
        byte[] nuls = "看似文字\u0000\u0000\u0001二进制".getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> process(nuls))
                .isInstanceOf(MediaRejectedException.class).hasMessageStartingWith("文件不是可识别的文本文件");
    }

    @Test
    void refusesWhitespaceOnly() {
        assertThatThrownBy(() -> process("  \r\n\u3000\t\r\n".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(MediaRejectedException.class).hasMessage("文件中没有文字，请检查是否上传错了文件");
    }

    private String textOf(byte[] content) throws Exception {
        return Files.readString(text(process(content)).file(), StandardCharsets.UTF_8);
    }

    private ProcessedMedia process(byte[] content) throws Exception {
        return processor.process(write(dir, "original-" + System.nanoTime(), content), work(dir));
    }

    static Derivative text(ProcessedMedia media) {
        return media.derivatives().stream().filter(d -> d.role() == AssetRole.TEXT).findFirst().orElseThrow();
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] all = new byte[a.length + b.length];
        System.arraycopy(a, 0, all, 0, a.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }
}
