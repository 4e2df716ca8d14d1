package cn.pingxuan.upload;

import static cn.pingxuan.upload.SampleFiles.concat;
import static cn.pingxuan.upload.SampleFiles.utf8;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.util.Arrays;
import java.util.Random;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class FileTypeSnifferTest {

    static Stream<Arguments> samples() {
        return Stream.of(
                sample("MP4", SampleFiles::mp4, FileType.MP4),
                sample("MOV (ftyp qt)", SampleFiles::mov, FileType.MOV),
                sample("MOV without ftyp", SampleFiles::legacyQuickTime, FileType.MOV),
                sample("M4V", SampleFiles::m4v, FileType.M4V),
                sample("3GP is in the MP4 family", () -> SampleFiles.isoMedia("3gp5", "3gp5", "isom"), FileType.MP4),
                sample("HEIC", SampleFiles::heic, FileType.HEIC),
                sample("HEIF with a HEIC brand", SampleFiles::heifWithHeicBrand, FileType.HEIC),
                sample("HEIF", SampleFiles::heif, FileType.HEIF),
                sample("AVIF", SampleFiles::avif, FileType.AVIF),
                sample("WEBM", SampleFiles::webm, FileType.WEBM),
                sample("MKV", SampleFiles::mkv, FileType.MKV),
                sample("AVI", SampleFiles::avi, FileType.AVI),
                sample("FLV", SampleFiles::flv, FileType.FLV),
                sample("MPEG-TS", SampleFiles::mpegTs, FileType.MPEG_TS),
                sample("M2TS (AVCHD)", SampleFiles::m2ts, FileType.MPEG_TS),
                sample("JPEG", SampleFiles::jpeg, FileType.JPEG),
                sample("PNG", SampleFiles::png, FileType.PNG),
                sample("GIF", SampleFiles::gif, FileType.GIF),
                sample("WEBP", SampleFiles::webp, FileType.WEBP),
                sample("TIFF", SampleFiles::tiff, FileType.TIFF),
                sample("BMP", SampleFiles::bmp, FileType.BMP),
                sample("PDF", SampleFiles::pdf, FileType.PDF),
                sample("DOCX written by POI", SampleFiles::docx, FileType.DOCX),
                sample("DOCX with the document part first",
                        () -> SampleFiles.zip("word/document.xml", "[Content_Types].xml"), FileType.DOCX),
                sample("bare ZIP", () -> SampleFiles.zip("photo.jpg", "readme.txt"), FileType.ZIP),
                sample("XLSX is no DOCX", () -> SampleFiles.zip("[Content_Types].xml", "xl/workbook.xml"), FileType.ZIP),
                sample("UTF-8 essay", SampleFiles::essay, FileType.TEXT),
                sample("UTF-8 essay with BOM", () -> concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, SampleFiles.essay()),
                        FileType.TEXT),
                sample("GBK essay", () -> "我的家乡在江南水乡，小桥流水人家。".getBytes(Charset.forName("GBK")), FileType.TEXT),
                sample("text that starts with MZ", () -> utf8("MZ 是一个缩写。"), FileType.TEXT),
                sample("Windows program", SampleFiles::windowsExecutable, FileType.EXECUTABLE),
                sample("Mach-O program", () -> concat(new byte[] {(byte) 0xCF, (byte) 0xFA, (byte) 0xED, (byte) 0xFE}, new byte[28]),
                        FileType.EXECUTABLE),
                sample("Linux program", SampleFiles::elf, FileType.ELF),
                sample("HTML", SampleFiles::html, FileType.HTML),
                sample("HTML after BOM and blank lines", () -> utf8("\uFEFF\n\n  <html lang=\"zh\"><body>hi</body></html>"), FileType.HTML),
                sample("HTML fragment with a script", () -> utf8("<script>alert(document.cookie)</script>"), FileType.HTML),
                sample("HTML comment first", () -> utf8("<!-- saved from url --><div>x</div>"), FileType.HTML),
                sample("XHTML", () -> utf8("<?xml version=\"1.0\"?><html xmlns=\"http://www.w3.org/1999/xhtml\"/>"), FileType.HTML),
                sample("SVG with XML prolog", SampleFiles::svg, FileType.SVG),
                sample("bare SVG", () -> utf8("<svg xmlns=\"http://www.w3.org/2000/svg\"><script>x()</script></svg>"), FileType.SVG),
                sample("other XML", () -> utf8("<?xml version=\"1.0\"?><note>hi</note>"), FileType.XML),
                sample("shell script", () -> utf8("#!/bin/sh\nrm -rf ~\n"), FileType.SCRIPT),
                sample("PHP", () -> utf8("<?php system($_GET['c']); ?>"), FileType.SCRIPT),
                sample("empty", () -> new byte[0], FileType.UNKNOWN),
                sample("random bytes", () -> randomBytes(4096), FileType.UNKNOWN),
                sample("text with NUL bytes", () -> utf8("abc\u0000def"), FileType.UNKNOWN),
                sample("unknown EBML document", () -> concat(new byte[] {0x1A, 0x45, (byte) 0xDF, (byte) 0xA3, (byte) 0x84},
                        utf8("\u0042\u0082\u0081x")), FileType.UNKNOWN));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void recognisesTheFileFromItsContent(String description, Supplier<byte[]> content, FileType expected) {
        byte[] file = content.get();

        assertThat(FileTypeSniffer.sniff(file, file.length, true)).isEqualTo(expected);
    }

    @Test
    void recognisesALongDocumentFromItsFirstBytes() {
        byte[] docx = SampleFiles.docx();
        assertThat(docx.length).isGreaterThan(FileTypeSniffer.SNIFF_LENGTH);

        assertThat(FileTypeSniffer.sniff(docx, FileTypeSniffer.SNIFF_LENGTH, false)).isEqualTo(FileType.DOCX);
    }

    @Test
    void textThatMerelyLooksLikeAContainerStaysText() {
        byte[] wideRiver = utf8("The wide river runs past our school.");
        byte[] gs = new byte[600];
        Arrays.fill(gs, (byte) 'x');
        gs[0] = 'G';
        gs[188] = 'G';
        gs[376] = 'G';

        assertThat(FileTypeSniffer.sniff(wideRiver, wideRiver.length, true)).isEqualTo(FileType.TEXT);
        assertThat(FileTypeSniffer.sniff(gs, gs.length, true)).isEqualTo(FileType.TEXT);
    }

    @Test
    void onlyTheValidLengthOfTheBufferCounts() {
        byte[] essay = SampleFiles.essay();
        byte[] buffer = Arrays.copyOf(essay, essay.length + 100);

        assertThat(FileTypeSniffer.sniff(buffer, essay.length, true)).as("the zeros after it are no part of the file")
                .isEqualTo(FileType.TEXT);
    }

    @Test
    void aTextPrefixMayEndInsideACharacterButAWholeFileMayNot() {
        byte[] essay = SampleFiles.essay();
        int cut = 4; // inside the second three-byte character

        assertThat(FileTypeSniffer.sniff(essay, cut, false)).isEqualTo(FileType.TEXT);
        assertThat(FileTypeSniffer.sniff(Arrays.copyOf(essay, cut), cut, true))
                .as("GB18030 reads the cut bytes as other characters").isEqualTo(FileType.TEXT);
        byte[] brokenUtf8 = concat(utf8("abc"), new byte[] {(byte) 0xE6});
        assertThat(FileTypeSniffer.sniff(brokenUtf8, brokenUtf8.length, true)).isEqualTo(FileType.UNKNOWN);
    }

    @Test
    void theLinuxAndWindowsProgramsAreRefusedWhateverAPurposeAllows() {
        assertThat(FileType.EXECUTABLE.acceptable()).isFalse();
        assertThat(FileType.ELF.acceptable()).isFalse();
        assertThat(FileType.HTML.acceptable()).isFalse();
        assertThat(FileType.SVG.acceptable()).isFalse();
        assertThat(FileType.SCRIPT.acceptable()).isFalse();
        assertThat(FileType.UNKNOWN.acceptable()).isFalse();
        assertThat(FileType.MP4.acceptable()).isTrue();
    }

    @Test
    void namesAListOfTypesTheWayAStudentReadsIt() {
        assertThat(FileType.displayNames(java.util.Set.of(FileType.WEBM, FileType.MP4, FileType.MOV))).isEqualTo("MP4、MOV、WEBM");
    }

    private static Arguments sample(String description, Supplier<byte[]> content, FileType expected) {
        return Arguments.of(description, content, expected);
    }

    private static byte[] randomBytes(int length) {
        byte[] bytes = new byte[length];
        new Random(42).nextBytes(bytes);
        return bytes;
    }
}
