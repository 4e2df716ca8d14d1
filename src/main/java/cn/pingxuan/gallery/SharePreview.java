package cn.pingxuan.gallery;

import io.micronaut.core.annotation.Nullable;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The single-page app's index.html with link-preview tags (Open Graph, read by WeChat, QQ and most chat apps) and
 * a page title, so a shared gallery link shows the work instead of a bare portal name. Everything inserted is
 * HTML-escaped: titles and summaries are what students typed.
 */
final class SharePreview {

    private static final Pattern TITLE = Pattern.compile("<title>.*?</title>", Pattern.DOTALL);
    private static final int DESCRIPTION_LENGTH = 120;

    private SharePreview() {
    }

    /** {@code image} and {@code url} are site paths; {@code base} makes them absolute (no trailing slash). */
    record Meta(String title, String description, @Nullable String image, String url) {
    }

    static String inject(String html, Meta meta, String base) {
        StringBuilder tags = new StringBuilder();
        tag(tags, "og:type", "website");
        tag(tags, "og:site_name", "评选 · 成果展示");
        tag(tags, "og:title", meta.title());
        tag(tags, "og:description", shorten(meta.description()));
        tag(tags, "og:url", base + meta.url());
        if (meta.image() != null) {
            tag(tags, "og:image", base + meta.image());
        }
        tags.append("<meta name=\"description\" content=\"").append(escape(shorten(meta.description()))).append("\">\n");
        String title = "<title>" + escape(meta.title()) + "</title>";
        Matcher existing = TITLE.matcher(html);
        String titled = existing.find() ? existing.replaceFirst(Matcher.quoteReplacement(title))
                : html.replaceFirst("</head>", Matcher.quoteReplacement(title + "\n</head>"));
        int head = titled.indexOf("</head>");
        return head < 0 ? titled : titled.substring(0, head) + tags + titled.substring(head);
    }

    static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length() + 16);
        for (char c : text.toCharArray()) {
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }

    private static void tag(StringBuilder tags, String property, String content) {
        tags.append("<meta property=\"").append(property).append("\" content=\"").append(escape(content)).append("\">\n");
    }

    private static String shorten(String text) {
        String flat = text.replaceAll("\\s+", " ").strip();
        return flat.codePointCount(0, flat.length()) <= DESCRIPTION_LENGTH ? flat
                : flat.substring(0, flat.offsetByCodePoints(0, DESCRIPTION_LENGTH)) + "…";
    }
}
