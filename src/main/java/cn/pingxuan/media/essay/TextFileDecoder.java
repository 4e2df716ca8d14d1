package cn.pingxuan.media.essay;

import cn.pingxuan.common.TextCharsets;
import cn.pingxuan.media.MediaRejectedException;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads a .txt essay in whichever charset Notepad, WPS or a phone saved it ({@link TextCharsets}). */
final class TextFileDecoder {

    private final long maxBytes;

    TextFileDecoder(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    ExtractedText read(Path file) throws IOException, MediaRejectedException {
        long size = Files.size(file);
        if (size == 0) {
            throw new MediaRejectedException("文件是空的，请检查后重新上传");
        }
        if (size > maxBytes) {
            throw new MediaRejectedException("文本文件过大（超过 " + CharacterCount.grouped(maxBytes / (1024 * 1024))
                    + " MB），请检查是否上传错了文件");
        }
        String text;
        try {
            text = TextCharsets.decodeStrictly(Files.readAllBytes(file));
        } catch (CharacterCodingException notText) {
            throw notText();
        }
        if (hasBinaryControlCharacters(text)) {
            throw notText();
        }
        return new ExtractedText(text, null);
    }

    /** Text editors write tabs, line and page breaks, and old DOS tools an end-of-file mark; anything else is binary. */
    private static boolean hasBinaryControlCharacters(String text) {
        return text.chars().anyMatch(c -> (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != 0x1A)
                || c == 0x7F);
    }

    private static MediaRejectedException notText() {
        return new MediaRejectedException("文件不是可识别的文本文件（支持 UTF-8、GBK、GB18030、UTF-16 编码），"
                + "请用记事本另存为 UTF-8 后上传，或上传 Word 文档");
    }
}
