package cn.pingxuan.media.essay;

import cn.pingxuan.media.AssetRole;
import cn.pingxuan.media.Derivative;
import cn.pingxuan.media.MediaRejectedException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;

/**
 * An essay's first page as a PNG about {@value TextPagePainter#WIDTH} px wide. Only pixels are written (ImageIO
 * writes no text chunks unless given metadata), so no author, company or editing history can travel with it.
 */
final class FirstPagePreview {

    /** Bounds the render of an absurdly tall page (a PDF page may be 200 inches long). */
    private static final int MAX_HEIGHT = 2 * TextPagePainter.HEIGHT;
    /** Bounds the render of a tiny page: no point in drawing a business-card page at 2,000 dpi. */
    private static final float MAX_DPI = 300;
    private static final float POINTS_PER_INCH = 72;

    private final TextPagePainter painter = new TextPagePainter();

    Derivative ofText(String text, Path out) throws IOException {
        return write(painter.paint(text), out);
    }

    Derivative ofPdf(PDDocument pdf, Path out) throws IOException, MediaRejectedException {
        PDPage page = pdf.getPage(0);
        PDRectangle box = page.getCropBox();
        boolean sideways = page.getRotation() % 180 != 0;
        float width = sideways ? box.getHeight() : box.getWidth();
        float height = sideways ? box.getWidth() : box.getHeight();
        if (!(width >= 1 && height >= 1)) {
            throw new MediaRejectedException(PdfText.BROKEN);
        }
        // PDFBox floors the pixel size: half a pixel more keeps an A4 page at the full width
        float scale = Math.min(Math.min((TextPagePainter.WIDTH + 0.5f) / width, (MAX_HEIGHT + 0.5f) / height),
                MAX_DPI / POINTS_PER_INCH);
        PDFRenderer renderer = new PDFRenderer(pdf);
        renderer.setSubsamplingAllowed(true);
        BufferedImage image;
        try {
            image = renderer.renderImage(0, scale, ImageType.RGB);
        } catch (IOException | RuntimeException broken) {
            throw new MediaRejectedException(PdfText.BROKEN, broken);
        }
        return write(image, out);
    }

    private static Derivative write(BufferedImage image, Path out) throws IOException {
        if (!ImageIO.write(image, "png", out.toFile())) {
            throw new IOException("no PNG writer");
        }
        return Derivative.image(AssetRole.PDF_PREVIEW, out, "image/png", image.getWidth(), image.getHeight());
    }
}
