package cn.pingxuan.media.essay;

import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFComment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFootnote;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Word documents built with POI the way Word saves them, plus the hostile and wrong ones. */
final class DocxFixtures {

    static final String HEADER = "页眉：示范中学第三届读书征文";
    static final String FOOTER = "页脚：内部资料";
    static final String COMMENT = "批注：这一段可以再展开";
    static final String FOOTNOTE = "脚注：引自余华原著";
    static final String HIDDEN = "隐藏的凑字数文字";
    static final String COMPANY = "某某文印店";

    /** The visible body of {@link #essay()}, as the TEXT derivative must read. */
    static final String BODY = """
            读《活着》有感
            　　福贵的一生失去了太多，却仍然活着。
            书名\t作者
            活着\t余华
            　　活着本身就是意义。""";

    private DocxFixtures() {
    }

    /**
     * {@link #BODY} in a paragraph, a table and paragraphs, with everything that is not body around it: author and
     * company in the properties, header, footer, a comment, a footnote, a hidden run, and Word's page count (3).
     */
    static byte[] essay() throws IOException {
        try (XWPFDocument doc = new XWPFDocument()) {
            doc.getProperties().getCoreProperties().setCreator(EssayFixtures.AUTHOR);
            doc.getProperties().getCoreProperties().setLastModifiedByUser(EssayFixtures.AUTHOR);
            doc.getProperties().getExtendedProperties().setCompany(COMPANY);
            doc.getProperties().getExtendedProperties().setPages(3);
            doc.createHeader(HeaderFooterType.DEFAULT).createParagraph().createRun().setText(HEADER);
            doc.createFooter(HeaderFooterType.DEFAULT).createParagraph().createRun().setText(FOOTER);

            doc.createParagraph().createRun().setText("读《活着》有感");

            XWPFParagraph commented = doc.createParagraph();
            XWPFComment comment = doc.createComments().createComment(BigInteger.ONE);
            comment.setAuthor(EssayFixtures.AUTHOR);
            comment.createParagraph().createRun().setText(COMMENT);
            CTP xml = commented.getCTP();
            xml.addNewCommentRangeStart().setId(BigInteger.ONE);
            commented.createRun().setText("　　福贵的一生失去了太多，");
            xml.addNewCommentRangeEnd().setId(BigInteger.ONE);
            xml.addNewR().addNewCommentReference().setId(BigInteger.ONE);
            commented.createRun().setText("却仍然活着。");
            XWPFFootnote footnote = doc.createFootnote();
            footnote.createParagraph().createRun().setText(FOOTNOTE);
            commented.addFootnoteReference(footnote);
            var hidden = commented.createRun();
            hidden.setText(HIDDEN);
            hidden.setVanish(true);

            XWPFTable table = doc.createTable(2, 2);
            cell(table, 0, 0, "书名");
            cell(table, 0, 1, "作者");
            cell(table, 1, 0, "活着");
            cell(table, 1, 1, "余华");

            doc.createParagraph().createRun().setText("　　活着本身就是意义。");
            return bytes(doc);
        }
    }

    /** Paragraphs of plain text, one per line of {@code text}, with an author in the properties. */
    static byte[] withText(String text) throws IOException {
        try (XWPFDocument doc = new XWPFDocument()) {
            doc.getProperties().getCoreProperties().setCreator(EssayFixtures.AUTHOR);
            for (String line : text.split("\n")) {
                doc.createParagraph().createRun().setText(line);
            }
            return bytes(doc);
        }
    }

    /**
     * A DOCX-looking ZIP whose document.xml inflates to {@code inflatedMegabytes} MB of spaces, though the file is
     * about a thousandth of that.
     */
    static byte[] zipBomb(int inflatedMegabytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.setLevel(Deflater.BEST_COMPRESSION);
            openXmlSkeleton(zip);
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            byte[] megabyte = new byte[1024 * 1024];
            Arrays.fill(megabyte, (byte) ' ');
            for (int i = 0; i < inflatedMegabytes; i++) {
                zip.write(megabyte);
            }
            zip.closeEntry();
        }
        return out.toByteArray();
    }

    /**
     * A zip bomb that lies: its central directory declares document.xml as 1 KB, so only inflating it shows what it
     * is. ZipOutputStream writes the real size; it is overwritten here.
     */
    static byte[] lyingZipBomb(int inflatedMegabytes) throws IOException {
        byte[] zip = zipBomb(inflatedMegabytes);
        byte[] name = "word/document.xml".getBytes(StandardCharsets.US_ASCII);
        for (int i = 0; i + 46 < zip.length; i++) {
            boolean centralHeader = zip[i] == 'P' && zip[i + 1] == 'K' && zip[i + 2] == 1 && zip[i + 3] == 2;
            if (centralHeader && uint16(zip, i + 28) == name.length
                    && Arrays.equals(zip, i + 46, i + 46 + name.length, name, 0, name.length)) {
                writeUint32(zip, i + 24, 1024);
            }
        }
        return zip;
    }

    /** An ordinary ZIP of notes: not an Office document at all. */
    static byte[] plainZip() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("读书笔记.txt"));
            zip.write(EssayFixtures.ESSAY.getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return out.toByteArray();
    }

    /** An Excel workbook: an Office package, but not a Word one. */
    static byte[] xlsx() throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            workbook.createSheet("成绩").createRow(0).createCell(0).setCellValue("读书报告");
            workbook.write(out);
            return out.toByteArray();
        }
    }

    /** A Word 97–2003 file as far as the container goes: an OLE2 file system with a WordDocument stream. */
    static byte[] legacyDoc() throws IOException {
        try (POIFSFileSystem fs = new POIFSFileSystem(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            fs.createDocument(new ByteArrayInputStream(new byte[4096]), "WordDocument");
            fs.writeFilesystem(out);
            return out.toByteArray();
        }
    }

    /** A real .docx saved with a password (agile encryption, as Word 2010 and later do it). */
    static byte[] encrypted(byte[] docx) throws Exception {
        try (POIFSFileSystem fs = new POIFSFileSystem(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Encryptor encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
            encryptor.confirmPassword("mima123");
            try (OutputStream data = encryptor.getDataStream(fs)) {
                data.write(docx);
            }
            fs.writeFilesystem(out);
            return out.toByteArray();
        }
    }

    private static void openXmlSkeleton(ZipOutputStream zip) throws IOException {
        zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
        zip.write("""
                <?xml version="1.0" encoding="UTF-8"?>
                <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
                <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
                <Default Extension="xml" ContentType="application/xml"/>
                <Override PartName="/word/document.xml" \
                ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
                </Types>""".getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
        zip.putNextEntry(new ZipEntry("_rels/.rels"));
        zip.write("""
                <?xml version="1.0" encoding="UTF-8"?>
                <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
                <Relationship Id="rId1" \
                Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" \
                Target="word/document.xml"/>
                </Relationships>""".getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    private static void cell(XWPFTable table, int row, int column, String text) {
        table.getRow(row).getCell(column).getParagraphs().get(0).createRun().setText(text);
    }

    private static byte[] bytes(XWPFDocument doc) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        doc.write(out);
        return out.toByteArray();
    }

    private static int uint16(byte[] b, int at) {
        return (b[at] & 0xff) | (b[at + 1] & 0xff) << 8;
    }

    private static void writeUint32(byte[] b, int at, long value) {
        for (int i = 0; i < 4; i++) {
            b[at + i] = (byte) (value >>> (8 * i));
        }
    }
}
