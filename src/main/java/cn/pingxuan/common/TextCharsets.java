package cn.pingxuan.common;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes text files as they come from Chinese Windows and phones: UTF-8 with or without a BOM, UTF-16 with a
 * BOM (Excel's and Notepad's "Unicode"), otherwise GB18030, a superset of GBK and GB2312 (what "ANSI" means on
 * Chinese Windows). Without a BOM the bytes are taken as UTF-8 only when they decode as UTF-8 strictly: GBK text
 * practically never does, so that failure is the signal.
 */
public final class TextCharsets {

    public static final Charset GB18030 = Charset.forName("GB18030");

    private TextCharsets() {
    }

    /** Never fails: bytes that fit no encoding become U+FFFD. */
    public static String decode(byte[] content) {
        try {
            return decode(content, CodingErrorAction.REPLACE);
        } catch (CharacterCodingException impossible) {
            throw new IllegalStateException("replacing decoders do not report errors", impossible);
        }
    }

    /** Fails when the bytes are none of the encodings above: a binary file, or a charset we do not read. */
    public static String decodeStrictly(byte[] content) throws CharacterCodingException {
        return decode(content, CodingErrorAction.REPORT);
    }

    private static String decode(byte[] content, CodingErrorAction onError) throws CharacterCodingException {
        if (startsWith(content, 0xEF, 0xBB, 0xBF)) {
            return decode(content, 3, StandardCharsets.UTF_8, onError);
        }
        if (startsWith(content, 0xFF, 0xFE)) {
            return decode(content, 2, StandardCharsets.UTF_16LE, onError);
        }
        if (startsWith(content, 0xFE, 0xFF)) {
            return decode(content, 2, StandardCharsets.UTF_16BE, onError);
        }
        try {
            return decode(content, 0, StandardCharsets.UTF_8, CodingErrorAction.REPORT);
        } catch (CharacterCodingException notUtf8) {
            return decode(content, 0, GB18030, onError);
        }
    }

    private static String decode(byte[] content, int offset, Charset charset, CodingErrorAction onError)
            throws CharacterCodingException {
        return charset.newDecoder()
                .onMalformedInput(onError)
                .onUnmappableCharacter(onError)
                .decode(ByteBuffer.wrap(content, offset, content.length - offset))
                .toString();
    }

    private static boolean startsWith(byte[] content, int... prefix) {
        if (content.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((content[i] & 0xff) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
