package cn.pingxuan.common;

import jakarta.inject.Singleton;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

import java.util.List;

/**
 * Organizers write descriptions and rules in Markdown; students read them as HTML. Raw HTML in the source is
 * escaped, not passed through, and link targets are limited to safe schemes, so no script survives.
 */
@Singleton
public class MarkdownRenderer {

    private final Parser parser;
    private final HtmlRenderer renderer;

    public MarkdownRenderer() {
        var extensions = List.of(TablesExtension.create());
        this.parser = Parser.builder().extensions(extensions).build();
        this.renderer = HtmlRenderer.builder()
                .extensions(extensions)
                .escapeHtml(true)
                .sanitizeUrls(true)
                .softbreak("<br>")
                .build();
    }

    public String toHtml(String markdown) {
        return markdown == null || markdown.isBlank() ? "" : renderer.render(parser.parse(markdown));
    }
}
