package cn.pingxuan.media.essay;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.GraphicsEnvironment;
import java.awt.RenderingHints;
import java.awt.font.FontRenderContext;
import java.awt.font.LineBreakMeasurer;
import java.awt.font.TextAttribute;
import java.awt.font.TextLayout;
import java.awt.image.BufferedImage;
import java.text.AttributedString;
import java.text.BreakIterator;
import java.util.Arrays;
import java.util.Locale;

/**
 * Draws the start of an essay's text as its first page would look: black text on a white A4-proportioned page,
 * wrapped the Chinese way (a line may break between any two 汉字, never before a closing ，。” and not inside an
 * English word unless the word is longer than the line).
 */
final class TextPagePainter {

    static final int WIDTH = 1000;
    /** A4 is 210 × 297 mm. */
    static final int HEIGHT = Math.round(WIDTH * 297f / 210f);

    private static final String CJK_SERIF = "Noto Serif CJK SC";
    private static final int MARGIN = 110;
    private static final int FONT_SIZE = 22;
    private static final int LINE_HEIGHT = 38;
    /** Far more than a page holds; measuring a whole 100,000-character paragraph would be wasted time. */
    private static final int MAX_CHARS = 6_000;

    private final Font font;

    TextPagePainter() {
        this.font = new Font(installedOr(CJK_SERIF, Font.SERIF), Font.PLAIN, FONT_SIZE);
    }

    BufferedImage paint(String text) {
        BufferedImage page = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = page.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, WIDTH, HEIGHT);
            g.setColor(Color.BLACK);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            drawLines(g, start(text));
        } finally {
            g.dispose();
        }
        return page;
    }

    private void drawLines(Graphics2D g, String text) {
        FontRenderContext context = g.getFontRenderContext();
        float wrapWidth = WIDTH - 2f * MARGIN;
        int y = MARGIN;
        for (String paragraph : text.split("\n", -1)) {
            if (y + LINE_HEIGHT > HEIGHT - MARGIN) {
                return;
            }
            if (paragraph.isBlank()) {
                y += LINE_HEIGHT;
                continue;
            }
            AttributedString styled = new AttributedString(paragraph.replace('\t', ' '));
            styled.addAttribute(TextAttribute.FONT, font);
            LineBreakMeasurer lines = new LineBreakMeasurer(styled.getIterator(),
                    BreakIterator.getLineInstance(Locale.SIMPLIFIED_CHINESE), context);
            while (lines.getPosition() < paragraph.length() && y + LINE_HEIGHT <= HEIGHT - MARGIN) {
                TextLayout line = lines.nextLayout(wrapWidth);
                line.draw(g, MARGIN, y + line.getAscent());
                y += LINE_HEIGHT;
            }
        }
    }

    private static String start(String text) {
        if (text.codePointCount(0, text.length()) <= MAX_CHARS) {
            return text;
        }
        return text.substring(0, text.offsetByCodePoints(0, MAX_CHARS));
    }

    /** The family when the machine has it (Debian's fonts-noto-cjk), else Java's logical fallback. */
    private static String installedOr(String family, String fallback) {
        String[] installed = GraphicsEnvironment.getLocalGraphicsEnvironment().getAvailableFontFamilyNames(Locale.ROOT);
        return Arrays.asList(installed).contains(family) ? family : fallback;
    }
}
