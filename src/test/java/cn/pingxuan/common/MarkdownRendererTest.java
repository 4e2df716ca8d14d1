package cn.pingxuan.common;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MarkdownRendererTest {

    private final MarkdownRenderer markdown = new MarkdownRenderer();

    @Test
    void rendersTheMarkdownOrganizersWrite() {
        String html = markdown.toHtml("## 征集要求\n\n- 原创作品\n- **时长** 不超过 5 分钟\n\n| 奖项 | 名额 |\n|---|---|\n| 一等奖 | 3 |\n\n[报名须知](https://example.edu.cn/rules)");

        assertThat(html).contains("<h2>征集要求</h2>").contains("<li>原创作品</li>").contains("<strong>时长</strong>")
                .contains("<td>一等奖</td>").contains("href=\"https://example.edu.cn/rules\">报名须知</a>");
    }

    @Test
    void noScriptSurvives() {
        String html = markdown.toHtml("""
                <script>alert(1)</script>
                <img src=x onerror="alert(2)">
                [点我](javascript:alert(3)) [也点我](JaVaScRiPt:alert(4)) ![图](data:text/html;base64,PHNjcmlwdD4=)
                <a href="javascript:alert(5)">链接</a> <iframe src="https://evil.example"></iframe>
                """);

        assertThat(html).doesNotContain("<script").doesNotContain("<img src=x").doesNotContain("<iframe")
                .doesNotContain("<a href=\"javascript").doesNotContainIgnoringCase("href=\"javascript")
                .doesNotContain("src=\"data:");
        assertThat(html).contains("&lt;script&gt;");
    }

    @Test
    void linksInEveryMarkdownFormKeepToSafeSchemes() {
        String html = markdown.toHtml("""
                [引用式][1] <javascript:alert(6)> [x](vbscript:msgbox(7)) [y](  javascript:alert(8))
                [z](java&#115;cript:alert(9)) <img src="x" onerror="alert(10)"/> <svg onload=alert(11)>

                [1]: javascript:alert(12)
                """);

        assertThat(html).doesNotContainIgnoringCase("href=\"javascript").doesNotContainIgnoringCase("href=\"vbscript")
                .doesNotContain("<img").doesNotContain("<svg").doesNotContainPattern("<[^>]+\\son(error|load)=");
        assertThat(html).contains("&lt;img src=&quot;x&quot; onerror=&quot;alert(10)&quot;/&gt;");
    }

    @Test
    void emptyMarkdownIsEmptyHtml() {
        assertThat(markdown.toHtml(null)).isEmpty();
        assertThat(markdown.toHtml("  ")).isEmpty();
    }
}
