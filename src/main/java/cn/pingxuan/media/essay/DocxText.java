package cn.pingxuan.media.essay;

import cn.pingxuan.media.MediaRejectedException;
import cn.pingxuan.media.MediaWork;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationshipCollection;
import org.apache.poi.openxml4j.opc.PackageRelationshipTypes;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.ICell;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRelation;
import org.apache.poi.xwpf.usermodel.XWPFSDT;
import org.apache.poi.xwpf.usermodel.XWPFSDTCell;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * The body of a .docx: its paragraphs and tables in document order (a table row per line, cells separated by tabs).
 * Headers, footers, comments, footnotes and the document properties (author, company, last modified by) are never
 * read, so nothing of them reaches judges.
 */
final class DocxText {

    private static final Set<String> WORD_CONTENT_TYPES = Set.of(XWPFRelation.DOCUMENT.getContentType(),
            XWPFRelation.MACRO_DOCUMENT.getContentType(), XWPFRelation.TEMPLATE.getContentType(),
            XWPFRelation.MACRO_TEMPLATE_DOCUMENT.getContentType());

    private final DocxPackageCheck packageCheck;

    DocxText(long maxUncompressedBytes) {
        this.packageCheck = new DocxPackageCheck(maxUncompressedBytes);
        PoiZipLimits.tightenTo(maxUncompressedBytes, DocxPackageCheck.MAX_ENTRIES, 1.0 / DocxPackageCheck.MAX_RATIO);
    }

    ExtractedText read(Path file, MediaWork work) throws IOException, MediaRejectedException {
        packageCheck.check(file);
        try (OPCPackage docx = open(file)) {
            requireWordDocument(docx);
            XWPFDocument document = new XWPFDocument(docx);
            StringBuilder text = new StringBuilder();
            new DocxBody(text, work).append(document.getBodyElements());
            int pages = document.getProperties().getExtendedProperties().getPages();
            return new ExtractedText(text.toString(), pages > 0 ? pages : null);
        } catch (IOException | RuntimeException e) {
            throw PoiZipLimits.refused(e) ? new MediaRejectedException(DocxPackageCheck.TOO_BIG, e)
                    : new MediaRejectedException(DocxPackageCheck.BROKEN, e);
        }
    }

    private static OPCPackage open(Path file) throws MediaRejectedException {
        try {
            return OPCPackage.open(file.toFile(), PackageAccess.READ);
        } catch (InvalidFormatException | RuntimeException notOfficeXml) {
            throw PoiZipLimits.refused(notOfficeXml) ? new MediaRejectedException(DocxPackageCheck.TOO_BIG, notOfficeXml)
                    : new MediaRejectedException(DocxPackageCheck.NOT_WORD, notOfficeXml);
        }
    }

    /** An .xlsx or .pptx is an Office package too; only its main part's type says what it is. */
    private static void requireWordDocument(OPCPackage docx) throws MediaRejectedException {
        PackageRelationshipCollection main = docx.getRelationshipsByType(PackageRelationshipTypes.CORE_DOCUMENT);
        PackagePart part = main.size() == 1 ? docx.getPart(main.getRelationship(0)) : null;
        if (part == null || !WORD_CONTENT_TYPES.contains(part.getContentType())) {
            throw new MediaRejectedException(DocxPackageCheck.NOT_WORD);
        }
    }

    /** Walks body elements, recursing into table cells, checking the deadline between paragraphs. */
    private record DocxBody(StringBuilder text, MediaWork work) {

        void append(List<IBodyElement> elements) throws MediaRejectedException {
            for (IBodyElement element : elements) {
                work.checkTime();
                if (element instanceof XWPFParagraph paragraph) {
                    DocxRunText.append(paragraph, text);
                    text.append('\n');
                } else if (element instanceof XWPFTable table) {
                    appendTable(table);
                } else if (element instanceof XWPFSDT contentControl) {
                    text.append(contentControl.getContent().getText()).append('\n');
                }
            }
        }

        private void appendTable(XWPFTable table) throws MediaRejectedException {
            for (XWPFTableRow row : table.getRows()) {
                List<ICell> cells = row.getTableICells();
                for (int i = 0; i < cells.size(); i++) {
                    if (i > 0) {
                        text.append('\t');
                    }
                    if (cells.get(i) instanceof XWPFTableCell cell) {
                        int start = text.length();
                        append(cell.getBodyElements());
                        while (text.length() > start && text.charAt(text.length() - 1) == '\n') {
                            text.setLength(text.length() - 1);
                        }
                    } else if (cells.get(i) instanceof XWPFSDTCell contentControl) {
                        text.append(contentControl.getContent().getText());
                    }
                }
                text.append('\n');
            }
        }
    }
}
