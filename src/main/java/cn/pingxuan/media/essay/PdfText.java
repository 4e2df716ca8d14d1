package cn.pingxuan.media.essay;

import cn.pingxuan.media.MediaRejectedException;
import cn.pingxuan.media.MediaWork;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;

import java.io.IOException;
import java.nio.file.Path;

/** Opens an essay PDF (refusing encrypted ones and too many pages) and takes its text in reading order. */
final class PdfText {

    static final String BROKEN = "PDF 文件已损坏，无法读取，请重新导出 PDF 后上传";

    private final int maxPages;

    PdfText(int maxPages) {
        this.maxPages = maxPages;
    }

    /**
     * The caller closes the document. Parsed objects are cached in a temporary file, not on the heap, so a large
     * PDF costs disk rather than memory.
     */
    PDDocument open(Path file) throws MediaRejectedException {
        PDDocument pdf;
        try {
            pdf = Loader.loadPDF(file.toFile(), IOUtils.createTempFileOnlyStreamCache());
        } catch (InvalidPasswordException password) {
            throw new MediaRejectedException("PDF 文件设有打开密码，请取消密码后重新导出再上传", password);
        } catch (IOException | RuntimeException broken) {
            throw new MediaRejectedException(BROKEN, broken);
        }
        try {
            // a permissions password opens without asking, but the author has locked copying the text out
            if (pdf.isEncrypted()) {
                throw new MediaRejectedException("PDF 文件已加密（设有权限密码），请取消加密后重新导出再上传");
            }
            int pages = pdf.getNumberOfPages();
            if (pages == 0) {
                throw new MediaRejectedException(BROKEN);
            }
            if (pages > maxPages) {
                throw new MediaRejectedException("PDF 共 " + CharacterCount.grouped(pages) + " 页，超过上限 "
                        + CharacterCount.grouped(maxPages) + " 页，请删减后重新上传");
            }
            return pdf;
        } catch (MediaRejectedException | RuntimeException e) {
            closeQuietly(pdf, e);
            throw e;
        }
    }

    /** Page by page, so a slow page cannot run past the deadline unnoticed for the rest of the document. */
    ExtractedText read(PDDocument pdf, MediaWork work) throws MediaRejectedException {
        int pages = pdf.getNumberOfPages();
        StringBuilder text = new StringBuilder();
        try {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            stripper.setLineSeparator("\n");
            stripper.setPageEnd("\n");
            for (int page = 1; page <= pages; page++) {
                work.checkTime();
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                text.append(stripper.getText(pdf));
                work.progress().percent(10 + 60 * page / pages);
            }
        } catch (IOException | RuntimeException broken) {
            throw new MediaRejectedException(BROKEN, broken);
        }
        return new ExtractedText(text.toString(), pages);
    }

    private static void closeQuietly(PDDocument pdf, Exception failure) {
        try {
            pdf.close();
        } catch (IOException e) {
            failure.addSuppressed(e);
        }
    }
}
