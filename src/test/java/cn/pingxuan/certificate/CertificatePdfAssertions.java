package cn.pingxuan.certificate;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.LuminanceSource;
import com.google.zxing.NotFoundException;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.Result;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Reads certificates back the way a person would: their text, their fonts, and the QR code as a phone sees it. */
final class CertificatePdfAssertions {

    private static final float DPI = 200;

    private CertificatePdfAssertions() {
    }

    /** The text of a page, without the line breaks the layout put in. */
    static String text(byte[] pdf, int pageIndex) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(pageIndex + 1);
            stripper.setEndPage(pageIndex + 1);
            return stripper.getText(doc).replaceAll("\\s", "");
        }
    }

    static int pages(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return doc.getNumberOfPages();
        }
    }

    /** Every font of the first page: its name (a subset carries a six-letter tag) and whether it is embedded. */
    static List<Map.Entry<String, Boolean>> fonts(byte[] pdf) throws IOException {
        List<Map.Entry<String, Boolean>> fonts = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDPage page = doc.getPage(0);
            for (COSName name : page.getResources().getFontNames()) {
                PDFont font = page.getResources().getFont(name);
                fonts.add(Map.entry(font.getName(), font.isEmbedded()));
            }
        }
        return fonts;
    }

    /** Renders the page and decodes the QR code in its lower left corner. */
    static String qrText(byte[] pdf, int pageIndex) throws IOException, NotFoundException, com.google.zxing.ChecksumException,
            com.google.zxing.FormatException {
        BufferedImage page;
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            page = new PDFRenderer(doc).renderImageWithDPI(pageIndex, DPI, ImageType.RGB);
        }
        float scale = DPI / 72;
        int size = Math.round(170 * scale);
        BufferedImage corner = page.getSubimage(Math.round(40 * scale), page.getHeight() - size - Math.round(40 * scale),
                size, size);
        int[] pixels = corner.getRGB(0, 0, corner.getWidth(), corner.getHeight(), null, 0, corner.getWidth());
        LuminanceSource source = new RGBLuminanceSource(corner.getWidth(), corner.getHeight(), pixels);
        Result result = new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(source)),
                Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE));
        return result.getText();
    }
}
