package cn.pingxuan.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ContentDispositionTest {

    @Test
    void keepsAsciiNamesReadable() {
        assertThat(ContentDisposition.attachment("poster-01.jpg"))
                .isEqualTo("attachment; filename=\"poster-01.jpg\"; filename*=UTF-8''poster-01.jpg");
    }

    @Test
    void encodesChineseNamesPerRfc5987WithAnAsciiFallback() {
        assertThat(ContentDisposition.attachment("\u4f5c\u54c1 1.mp4")).isEqualTo(
                "attachment; filename=\"__ 1.mp4\"; filename*=UTF-8''%E4%BD%9C%E5%93%81%201.mp4");
    }

    @Test
    void neutralisesQuotesPathsAndLineBreaks() {
        assertThat(ContentDisposition.attachment("../a\"b\r\n.txt"))
                .isEqualTo("attachment; filename=\".._a_b__.txt\"; filename*=UTF-8''.._a%22b__.txt");
    }

    @Test
    void refusesBlankNames() {
        assertThatThrownBy(() -> ContentDisposition.attachment(" ")).isInstanceOf(IllegalArgumentException.class);
    }
}
