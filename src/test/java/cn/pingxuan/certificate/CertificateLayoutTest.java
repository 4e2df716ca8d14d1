package cn.pingxuan.certificate;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Where the body's words go on the page, measured with Han characters one em wide (as in WenQuanYi Zen Hei). */
class CertificateLayoutTest {

    @Test
    void linesBreakBetweenHanCharactersButKeepLatinWordsWhole() throws Exception {
        List<String> lines = TextLines.wrap("张明同学的作品Hello-World获奖", 6, 6, text -> text.codePointCount(0, text.length()));
        assertThat(lines).containsExactly("张明同学的作", "品", "Hello-", "World获", "奖");
        assertThat(TextLines.wrap("短句", 10, 10, String::length)).containsExactly("短句");
    }

    @Test
    void theLongestBodyShrinksToEndAboveTheSignatureBlock() throws Exception {
        CertificatePdf.SizedMeasure hanWidths = (text, size) -> text.codePointCount(0, text.length()) * size;
        float bottom = CertificatePdf.bodyBottom(true);

        CertificatePdf.Body longest = CertificatePdf.fit("字".repeat(300), bottom, hanWidths);
        assertThat(longest.lastBaseline()).isGreaterThanOrEqualTo(bottom);
        assertThat(longest.size()).isBetween(12f, 19f);
        assertThat(String.join("", longest.lines())).hasSize(300);

        assertThat(CertificatePdf.fit("字".repeat(60), bottom, hanWidths).size()).isEqualTo(20f);
    }
}
