package cn.pingxuan.certificate;

import cn.pingxuan.common.ProblemException;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The drawing alone, without a server: Debian's WenQuanYi Zen Hei (fonts-wqy-zenhei, installed by .ci/run). */
class CertificatePdfTest {

    private static final CertificateProperties FONT = new CertificateProperties(
            "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc", "WenQuanYiZenHei");
    private static final String URL = "https://pingxuan.example.edu.cn/verify/PX-7K3M-Q9TD-2HVA";

    private static Certificate certificate(List<String> names, String title) {
        return new Certificate("荣誉证书", String.join("、", names) + "同学的作品《" + title + "》在第三届校园网络文明微视频大赛中荣获一等奖。特发此证，以资鼓励。",
                names, title, "一等奖", "第三届校园网络文明微视频大赛", "示范大学团委", "2026年6月1日", "大赛组委会",
                "PX-7K3M-Q9TD-2HVA", URL, false);
    }

    @Test
    void chineseTextComesBackOutOfTheSubsetEmbeddedFont() throws Exception {
        byte[] pdf = new CertificateRenderer(new CertificateFont(FONT))
                .pdf(List.of(certificate(List.of("欧阳喆", "李华"), "光影·青春"), certificate(List.of("王芳"), "我的家乡")));

        assertThat(CertificatePdfAssertions.pages(pdf)).isEqualTo(2);
        String first = CertificatePdfAssertions.text(pdf, 0);
        assertThat(first).contains("欧阳喆、李华", "《光影·青春》", "一等奖", "示范大学团委", "2026年6月1日", "大赛组委会",
                "PX-7K3M-Q9TD-2HVA");
        assertThat(CertificatePdfAssertions.text(pdf, 1)).contains("王芳", "我的家乡");
        assertThat(CertificatePdfAssertions.fonts(pdf)).singleElement().satisfies(font -> {
            assertThat(font.getKey()).matches("[A-Z]{6}\\+WenQuanYiZenHei");
            assertThat(font.getValue()).isTrue();
        });
        assertThat(pdf.length).as("a subset, not the 17 MB font").isLessThan(200_000);
    }

    @Test
    void theQrCodeOpensTheVerificationPage() throws Exception {
        byte[] pdf = new CertificateRenderer(new CertificateFont(FONT)).pdf(List.of(certificate(List.of("王芳"), "我的家乡")));

        assertThat(CertificatePdfAssertions.qrText(pdf, 0)).isEqualTo(URL);
    }

    @Test
    void charactersTheFontLacksAreRefusedInsteadOfPrintedAsBoxes() {
        CertificateRenderer renderer = new CertificateRenderer(new CertificateFont(FONT));

        assertThatThrownBy(() -> renderer.pdf(List.of(certificate(List.of("王\uD840\uDC00"), "作品")))).isInstanceOfSatisfying(
                ProblemException.class, e -> {
                    assertThat(e.status().getCode()).isEqualTo(422);
                    assertThat(e.getMessage()).contains("证书字体中没有部分字符").contains("\uD840\uDC00").contains("《作品》");
                });
    }

    @Test
    void aMissingFontFileIsNamedWithTheFix() {
        CertificateRenderer renderer = new CertificateRenderer(new CertificateFont(
                new CertificateProperties("/nonexistent/font.ttc", "X")));

        assertThatThrownBy(() -> renderer.pdf(List.of(certificate(List.of("王芳"), "作品")))).isInstanceOfSatisfying(
                ProblemException.class, e -> assertThat(e.getMessage()).contains("/nonexistent/font.ttc", "fonts-wqy-zenhei"));
    }
}
