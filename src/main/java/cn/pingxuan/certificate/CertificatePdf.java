package cn.pingxuan.certificate;

import com.google.zxing.common.BitMatrix;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.fontbox.ttf.TrueTypeFont;

import java.awt.Color;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.stream.Collectors;

/** Draws certificates: A4 landscape, one page each, Chinese in the embedded (subset) CJK font, a vector QR code. */
final class CertificatePdf {

    static final String SERIAL_LABEL = "证书编号：";
    static final String SCAN_HINT = "扫码验证证书真伪";
    static final String SAMPLE_STAMP = "样张 · 仅供预览";

    private static final PDRectangle PAGE = new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth());
    private static final Color ACCENT = new Color(0x9b, 0x1c, 0x1c);
    private static final Color INK = new Color(0x22, 0x22, 0x22);
    private static final float MARGIN = 110;
    private static final float HEADING_SIZE = 44;
    private static final float BODY_SIZE = 20;
    private static final float MIN_BODY_SIZE = 12;
    private static final float LEADING = 1.75f;
    private static final float BODY_TOP = PAGE.getHeight() - 205;
    private static final float FOOT_Y = 150;
    private static final float FOOT_LEADING = 30;
    private static final float FOOT_SIZE = 18;
    private static final float QR_SIZE = 96;

    private CertificatePdf() {
    }

    /** Writes one document with a page per certificate; the font must stay open until this returns. */
    static void write(List<Certificate> certificates, TrueTypeFont ttf, OutputStream out) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDType0Font font = PDType0Font.load(doc, ttf, true);
            doc.getDocumentInformation().setCreator("Pingxuan 评选");
            for (Certificate certificate : certificates) {
                PDPage page = new PDPage(PAGE);
                doc.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
                    draw(content, font, certificate);
                }
            }
            doc.save(out);
        }
    }

    private static void draw(PDPageContentStream content, PDType0Font font, Certificate c) throws IOException {
        float width = PAGE.getWidth();
        float height = PAGE.getHeight();
        border(content, width, height);

        content.setNonStrokingColor(ACCENT);
        String heading = spaced(c.heading());
        centered(content, font, fitted(font, heading, HEADING_SIZE, width - 2 * MARGIN), heading, width / 2, height - 130);

        content.setNonStrokingColor(INK);
        Body body = fit(c.body(), bodyBottom(c.signatory() != null), (text, size) -> font.getStringWidth(text) / 1000 * size);
        float y = BODY_TOP;
        for (int i = 0; i < body.lines().size(); i++) {
            text(content, font, body.size(), body.lines().get(i), MARGIN + (i == 0 ? 2 * body.size() : 0), y);
            y -= body.size() * LEADING;
        }

        float right = width - MARGIN;
        // the signature block stays right of the QR code and its caption
        float footWidth = right - 230;
        if (c.signatory() != null) {
            rightAligned(content, font, fitted(font, c.signatory(), FOOT_SIZE, footWidth), c.signatory(), right,
                    FOOT_Y + 2 * FOOT_LEADING);
        }
        rightAligned(content, font, fitted(font, c.issuer(), FOOT_SIZE, footWidth), c.issuer(), right, FOOT_Y + FOOT_LEADING);
        rightAligned(content, font, FOOT_SIZE, c.issueDate(), right, FOOT_Y);

        float qrX = 70;
        float qrY = 88;
        qr(content, QrCodes.of(c.verificationUrl()), qrX, qrY, QR_SIZE);
        content.setNonStrokingColor(INK);
        text(content, font, 10, SERIAL_LABEL + c.serial(), qrX, qrY - 16);
        text(content, font, 9, SCAN_HINT, qrX, qrY - 29);

        if (c.sample()) {
            content.setNonStrokingColor(ACCENT);
            rightAligned(content, font, 14, SAMPLE_STAMP, right, height - 60);
        }
    }

    interface SizedMeasure {
        float width(String text, float size) throws IOException;
    }

    /** The body's lines at the size they are drawn in; the first line is indented by two characters. */
    record Body(float size, List<String> lines) {

        /** Baseline of the last line. */
        float lastBaseline() {
            return BODY_TOP - (lines.size() - 1) * size * LEADING;
        }
    }

    /** The lowest a body line's baseline may sit: above the signature block on the right. */
    static float bodyBottom(boolean signatory) {
        return FOOT_Y + (signatory ? 2 : 1) * FOOT_LEADING + FOOT_SIZE + 24;
    }

    /** The largest size (20 pt down to 12 pt) at which the body ends above {@code bottom}. */
    static Body fit(String text, float bottom, SizedMeasure measure) throws IOException {
        float lineWidth = PAGE.getWidth() - 2 * MARGIN;
        Body body = null;
        for (float size = BODY_SIZE; size >= MIN_BODY_SIZE; size--) {
            float at = size;
            body = new Body(size, TextLines.wrap(text, lineWidth - 2 * size, lineWidth, t -> measure.width(t, at)));
            if (body.lastBaseline() >= bottom) {
                return body;
            }
        }
        return body;
    }

    private static void border(PDPageContentStream content, float width, float height) throws IOException {
        content.setStrokingColor(ACCENT);
        content.setLineWidth(4);
        content.addRect(24, 24, width - 48, height - 48);
        content.stroke();
        content.setLineWidth(1);
        content.addRect(34, 34, width - 68, height - 68);
        content.stroke();
    }

    /** Square modules merged into runs per row: fewer path operations, the same picture. */
    private static void qr(PDPageContentStream content, BitMatrix matrix, float x, float y, float size) throws IOException {
        float module = size / matrix.getWidth();
        content.setNonStrokingColor(Color.BLACK);
        for (int row = 0; row < matrix.getHeight(); row++) {
            int col = 0;
            while (col < matrix.getWidth()) {
                if (!matrix.get(col, row)) {
                    col++;
                    continue;
                }
                int start = col;
                while (col < matrix.getWidth() && matrix.get(col, row)) {
                    col++;
                }
                content.addRect(x + start * module, y + size - (row + 1) * module, (col - start) * module, module);
            }
        }
        content.fill();
    }

    /** A short heading reads better letter-spaced, the way printed certificates set it. */
    private static String spaced(String heading) {
        return heading.codePointCount(0, heading.length()) > 6 ? heading
                : heading.codePoints().mapToObj(Character::toString).collect(Collectors.joining(" "));
    }

    /** The size at which one line of text fits the width, at most {@code size}. */
    private static float fitted(PDType0Font font, String text, float size, float maxWidth) throws IOException {
        float widthAtOne = font.getStringWidth(text) / 1000;
        return widthAtOne * size <= maxWidth ? size : maxWidth / widthAtOne;
    }

    private static void centered(PDPageContentStream content, PDType0Font font, float size, String text, float cx, float y)
            throws IOException {
        text(content, font, size, text, cx - font.getStringWidth(text) / 1000 * size / 2, y);
    }

    private static void rightAligned(PDPageContentStream content, PDType0Font font, float size, String text, float right,
                                     float y) throws IOException {
        text(content, font, size, text, right - font.getStringWidth(text) / 1000 * size, y);
    }

    private static void text(PDPageContentStream content, PDType0Font font, float size, String text, float x, float y)
            throws IOException {
        content.beginText();
        content.setFont(font, size);
        content.newLineAtOffset(x, y);
        content.showText(text);
        content.endText();
    }
}
