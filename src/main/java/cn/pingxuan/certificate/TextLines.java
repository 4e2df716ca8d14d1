package cn.pingxuan.certificate;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Greedy line breaking for mixed Chinese and Latin text: a line may break after any Han character, Latin words and
 * numbers stay whole unless a single one is wider than the line.
 */
final class TextLines {

    interface Measure {
        float width(String text) throws IOException;
    }

    private TextLines() {
    }

    static List<String> wrap(String text, float firstLineWidth, float lineWidth, Measure measure) throws IOException {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String token : tokens(text)) {
            float limit = lines.isEmpty() ? firstLineWidth : lineWidth;
            if (measure.width(line + token) <= limit) {
                line.append(token);
                continue;
            }
            if (!line.isEmpty()) {
                lines.add(line.toString().stripTrailing());
                line.setLength(0);
                limit = lineWidth;
            }
            if (token.isBlank()) {
                continue;
            }
            for (int i = 0; i < token.length(); ) {
                int cp = token.codePointAt(i);
                String ch = Character.toString(cp);
                if (!line.isEmpty() && measure.width(line + ch) > limit) {
                    lines.add(line.toString());
                    line.setLength(0);
                }
                line.append(ch);
                i += Character.charCount(cp);
            }
        }
        if (!line.isEmpty()) {
            lines.add(line.toString().stripTrailing());
        }
        return lines;
    }

    /** Han characters and punctuation one by one, runs of other letters and digits together, spaces apart. */
    static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        text.codePoints().forEach(cp -> {
            if (Character.isLetterOrDigit(cp) && Character.UnicodeScript.of(cp) != Character.UnicodeScript.HAN
                    || cp == '-' || cp == '.' || cp == '_') {
                word.appendCodePoint(cp);
                return;
            }
            if (!word.isEmpty()) {
                tokens.add(word.toString());
                word.setLength(0);
            }
            tokens.add(Character.toString(cp));
        });
        if (!word.isEmpty()) {
            tokens.add(word.toString());
        }
        return tokens;
    }
}
