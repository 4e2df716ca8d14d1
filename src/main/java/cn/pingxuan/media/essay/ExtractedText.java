package cn.pingxuan.media.essay;

import io.micronaut.core.annotation.Nullable;

import java.util.regex.Pattern;

/**
 * An essay's text as judges read it, whatever file it came from: {@code \n} line ends, no control characters, no
 * trailing spaces on lines, at most one blank line in a row, no blank lines before or after the text. Leading
 * full-width spaces (the 　　 that opens a Chinese paragraph) are kept.
 *
 * @param pages the document's page count when the format knows one
 */
record ExtractedText(String text, @Nullable Integer pages) {

    private static final Pattern LINE_BREAKS = Pattern.compile("\\r\\n?|[\\u000B\\f\\u0085\\u2028\\u2029]");
    private static final Pattern CONTROLS = Pattern.compile("[\\p{Cc}\\uFEFF&&[^\\n\\t]]");
    private static final Pattern TRAILING_SPACES = Pattern.compile("[ \\t\\u00A0\\u3000]+(?=\\n|$)");
    private static final Pattern BLANK_LINES = Pattern.compile("\\n{3,}");

    ExtractedText {
        text = normalise(text);
    }

    static String normalise(String raw) {
        String text = LINE_BREAKS.matcher(raw).replaceAll("\n");
        text = CONTROLS.matcher(text).replaceAll("");
        text = TRAILING_SPACES.matcher(text).replaceAll("");
        text = BLANK_LINES.matcher(text).replaceAll("\n\n");
        int start = 0;
        while (start < text.length() && text.charAt(start) == '\n') {
            start++;
        }
        return text.substring(start).stripTrailing();
    }
}
