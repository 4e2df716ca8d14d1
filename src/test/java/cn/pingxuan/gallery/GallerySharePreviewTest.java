package cn.pingxuan.gallery;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The preview tags put into index.html, and If-None-Match matching. */
class GallerySharePreviewTest {

    private static final String INDEX = "<html><head><meta charset=\"UTF-8\"><title>评选</title></head><body></body></html>";

    @Test
    void everythingTypedIsEscaped() {
        String html = SharePreview.inject(INDEX, new SharePreview.Meta("<a href='x'>\"标题\"</a> & 更多", "简介</title><script>",
                "/api/gallery/s/works/c/media/7", "/gallery/s/works/c"), "https://px.example.edu.cn");

        assertThat(html).contains("<title>&lt;a href=&#39;x&#39;&gt;&quot;标题&quot;&lt;/a&gt; &amp; 更多</title>")
                .contains("<meta property=\"og:description\" content=\"简介&lt;/title&gt;&lt;script&gt;\">")
                .contains("<meta property=\"og:image\" content=\"https://px.example.edu.cn/api/gallery/s/works/c/media/7\">")
                .doesNotContain("<script>").doesNotContain("<title>评选</title>");
        assertThat(html.indexOf("og:title")).isLessThan(html.indexOf("</head>"));
    }

    @Test
    void longSummariesAreShortenedWithoutSplittingCharacters() {
        String summary = "网".repeat(119) + "😀" + "文明".repeat(50);

        String html = SharePreview.inject(INDEX, new SharePreview.Meta("t", summary, null, "/gallery/s"), "");

        assertThat(html).contains("content=\"" + "网".repeat(119) + "😀…\"").doesNotContain("og:image");
    }

    @Test
    void ifNoneMatchComparesWeakly() {
        String etag = "\"abc\"";

        assertThat(Revalidation.matches("\"abc\"", etag)).isTrue();
        assertThat(Revalidation.matches("\"x\", W/\"abc\"", etag)).isTrue();
        assertThat(Revalidation.matches("*", etag)).isTrue();
        assertThat(Revalidation.matches("\"abcd\"", etag)).isFalse();
        assertThat(Revalidation.matches(null, etag)).isFalse();
        assertThat(Revalidation.etagOf(new byte[] {1})).isNotEqualTo(Revalidation.etagOf(new byte[] {2})).hasSize(29);
    }
}
