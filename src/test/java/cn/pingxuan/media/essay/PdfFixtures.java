package cn.pingxuan.media.essay;

import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.util.List;

/**
 * PDFs built with PDFBox. Chinese text needs an embedded CJK font, and PDFBox can embed TrueType outlines only: the
 * CFF-based Noto CJK cannot be used, so the tests take WenQuanYi Zen Hei (Debian's fonts-wqy-zenhei, installed by
 * .ci/run).
 */
final class PdfFixtures {

    private static final File CJK_TRUETYPE = new File("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc");
    private static final String CJK_FONT_NAME = "WenQuanYiZenHei";
    private static final int CHARS_PER_LINE = 30;
    private static final float FONT_SIZE = 14;

    private PdfFixtures() {
    }

    /** One A4 page per entry of {@code pages}, Chinese text wrapped at 30 characters, an author in the info. */
    static byte[] withPages(List<String> pages) throws IOException {
        if (!CJK_TRUETYPE.isFile()) {
            throw new IllegalStateException(CJK_TRUETYPE + " is missing: apt-get install fonts-wqy-zenhei (see .ci/run)");
        }
        try (PDDocument doc = new PDDocument(); TrueTypeCollection fonts = new TrueTypeCollection(CJK_TRUETYPE)) {
            TrueTypeFont ttf = fonts.getFontByName(CJK_FONT_NAME);
            PDType0Font font = PDType0Font.load(doc, ttf, true);
            doc.getDocumentInformation().setAuthor(EssayFixtures.AUTHOR);
            doc.getDocumentInformation().setCreator(EssayFixtures.AUTHOR);
            for (String text : pages) {
                PDPage page = new PDPage(PDRectangle.A4);
                doc.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
                    content.beginText();
                    content.setFont(font, FONT_SIZE);
                    content.setLeading(FONT_SIZE * 1.6f);
                    content.newLineAtOffset(60, PDRectangle.A4.getHeight() - 80);
                    for (String line : wrapped(text)) {
                        content.showText(line);
                        content.newLine();
                    }
                    content.endText();
                }
            }
            return bytes(doc);
        }
    }

    /** What a scanner makes: pages that are pictures, with not a character of text. */
    static byte[] scanned(int pages) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            BufferedImage scan = new BufferedImage(600, 850, BufferedImage.TYPE_INT_RGB);
            Graphics2D g = scan.createGraphics();
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, 600, 850);
            g.setColor(Color.DARK_GRAY);
            for (int y = 80; y < 780; y += 30) {
                g.fillRect(60, y, 480, 8);
            }
            g.dispose();
            PDImageXObject image = LosslessFactory.createFromImage(doc, scan);
            for (int i = 0; i < pages; i++) {
                PDPage page = new PDPage(PDRectangle.A4);
                doc.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
                    content.drawImage(image, 0, 0, PDRectangle.A4.getWidth(), PDRectangle.A4.getHeight());
                }
            }
            return bytes(doc);
        }
    }

    /** {@code pdf} encrypted: with an open password, or, when {@code userPassword} is empty, only a permissions one. */
    static byte[] encrypted(byte[] pdf, String userPassword) throws IOException {
        try (PDDocument doc = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            AccessPermission permissions = new AccessPermission();
            permissions.setCanExtractContent(false);
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-secret", userPassword, permissions);
            policy.setEncryptionKeyLength(128);
            doc.protect(policy);
            return bytes(doc);
        }
    }

    private static List<String> wrapped(String text) {
        return text.lines().flatMap(line -> {
            int[] chars = line.codePoints().toArray();
            return java.util.stream.IntStream.iterate(0, i -> i < Math.max(chars.length, 1), i -> i + CHARS_PER_LINE)
                    .mapToObj(i -> new String(chars, i, Math.min(CHARS_PER_LINE, chars.length - i)));
        }).toList();
    }

    private static byte[] bytes(PDDocument doc) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        doc.save(out);
        return out.toByteArray();
    }
}
