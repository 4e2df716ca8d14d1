package cn.pingxuan.media.essay;

import cn.pingxuan.upload.FileType;
import cn.pingxuan.upload.FileTypeSniffer;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The essay files we read: TXT, DOCX, PDF. */
enum EssayFormat {
    TXT("TXT", "text/plain"),
    DOCX("DOCX", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
    PDF("PDF", "application/pdf");

    private final String label;
    private final String contentType;

    EssayFormat(String label, String contentType) {
        this.label = label;
        this.contentType = contentType;
    }

    /** How organizers see the format in a work's details. */
    String label() {
        return label;
    }

    /** By the content type the upload sniffed; parameters such as {@code ; charset=...} are ignored. */
    static Optional<EssayFormat> of(String contentType) {
        int parameters = contentType.indexOf(';');
        String type = (parameters < 0 ? contentType : contentType.substring(0, parameters)).strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(f -> f.contentType.equals(type)).findFirst();
    }

    /**
     * By the file's bytes, with the upload's own sniffer so both agree. Any ZIP or OLE2 container goes to the DOCX
     * reader, which tells a student what their .zip, .xlsx, .doc or encrypted document is; anything else is read as
     * text, which refuses what is not.
     */
    static EssayFormat sniff(Path file) throws IOException {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(FileTypeSniffer.SNIFF_LENGTH + 1);
        }
        int length = Math.min(head.length, FileTypeSniffer.SNIFF_LENGTH);
        FileType type = FileTypeSniffer.sniff(head, length, head.length <= FileTypeSniffer.SNIFF_LENGTH);
        if (type == FileType.PDF) {
            return PDF;
        }
        if (type == FileType.DOCX || type == FileType.ZIP || DocxPackageCheck.isOle2(head)) {
            return DOCX;
        }
        return TXT;
    }
}
