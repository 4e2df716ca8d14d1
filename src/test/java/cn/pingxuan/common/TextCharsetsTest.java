package cn.pingxuan.common;

import org.junit.jupiter.api.Test;

import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TextCharsetsTest {

    private static final Charset GBK = Charset.forName("GBK");

    @Test
    void fallsBackToGb18030OnlyWhenTheBytesAreNotUtf8() {
        assertThat(TextCharsets.decode("软件2301班".getBytes(StandardCharsets.UTF_8))).isEqualTo("软件2301班");
        assertThat(TextCharsets.decode("软件2301班".getBytes(GBK))).isEqualTo("软件2301班");
    }

    @Test
    void readsByteOrderMarksAndDropsThem() throws CharacterCodingException {
        assertThat(TextCharsets.decodeStrictly(withPrefix(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                "书评".getBytes(StandardCharsets.UTF_8)))).isEqualTo("书评");
        assertThat(TextCharsets.decodeStrictly(withPrefix(new byte[] {(byte) 0xFF, (byte) 0xFE},
                "书评".getBytes(StandardCharsets.UTF_16LE)))).isEqualTo("书评");
        assertThat(TextCharsets.decodeStrictly(withPrefix(new byte[] {(byte) 0xFE, (byte) 0xFF},
                "书评".getBytes(StandardCharsets.UTF_16BE)))).isEqualTo("书评");
    }

    @Test
    void strictDecodingRefusesWhatNoEncodingReadsWhileLenientDecodingReplacesIt() {
        byte[] neither = {'a', (byte) 0x80, (byte) 0xFF, 'b'};

        assertThatThrownBy(() -> TextCharsets.decodeStrictly(neither)).isInstanceOf(CharacterCodingException.class);
        assertThat(TextCharsets.decode(neither)).startsWith("a").endsWith("b").contains("\uFFFD");
    }

    private static byte[] withPrefix(byte[] prefix, byte[] body) {
        byte[] all = new byte[prefix.length + body.length];
        System.arraycopy(prefix, 0, all, 0, prefix.length);
        System.arraycopy(body, 0, all, prefix.length, body.length);
        return all;
    }
}
