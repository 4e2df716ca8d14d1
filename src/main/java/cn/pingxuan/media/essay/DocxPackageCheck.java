package cn.pingxuan.media.essay;

import cn.pingxuan.media.MediaRejectedException;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Enumeration;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * Looks at a .docx before POI opens it. A DOCX is a ZIP, so it can be a zip bomb: a few hundred KB that inflate to
 * gigabytes. Its central directory declares every entry's sizes, so honest bombs are refused here without inflating
 * a byte; entries that lie about their sizes are caught by POI's {@code ZipSecureFile} limits while it reads them
 * ({@link PoiZipLimits}). Files that are not a DOCX at all (a legacy .doc, an encrypted document, which Office
 * stores in an OLE2 container) get a reason of their own.
 */
final class DocxPackageCheck {

    static final String TOO_BIG = "文档解压后过大，可能已损坏或含有异常内容，请另存为新文档后上传";
    static final String NOT_WORD = "文件不是 Word 文档（.docx），请用 Word 或 WPS 打开后另存为 .docx 再上传";
    static final String BROKEN = "Word 文档已损坏，无法读取，请用 Word 或 WPS 打开后另存为新文档再上传";

    /** A real essay has a few dozen parts; hundreds of images would still fit. */
    static final int MAX_ENTRIES = 1000;
    /** Deflate reaches about 1:1000 on repeated bytes; real XML parts stay far below 1:100 (POI's default, too). */
    static final int MAX_RATIO = 100;
    /** Small parts may compress better than that without being a threat. */
    private static final long RATIO_GRACE_BYTES = 1024 * 1024;

    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
    private static final byte[] ZIP = {'P', 'K', 3, 4};

    private final long maxUncompressedBytes;

    DocxPackageCheck(long maxUncompressedBytes) {
        this.maxUncompressedBytes = maxUncompressedBytes;
    }

    void check(Path file) throws IOException, MediaRejectedException {
        byte[] head = head(file);
        if (isOle2(head)) {
            throw new MediaRejectedException(whatOle2Is(file));
        }
        if (!startsWith(head, ZIP)) {
            throw new MediaRejectedException(NOT_WORD);
        }
        try (ZipFile zip = new ZipFile(file.toFile())) {
            if (zip.size() > MAX_ENTRIES) {
                throw new MediaRejectedException(TOO_BIG);
            }
            long total = 0;
            for (Enumeration<? extends ZipEntry> entries = zip.entries(); entries.hasMoreElements(); ) {
                ZipEntry entry = entries.nextElement();
                long size = entry.getSize();
                long compressed = entry.getCompressedSize();
                if (size < 0 || compressed < 0) {
                    throw new MediaRejectedException(BROKEN);
                }
                total += size;
                if (total > maxUncompressedBytes) {
                    throw new MediaRejectedException(TOO_BIG);
                }
                if (size > RATIO_GRACE_BYTES && size > compressed * MAX_RATIO) {
                    throw new MediaRejectedException(TOO_BIG);
                }
            }
        } catch (ZipException broken) {
            throw new MediaRejectedException(BROKEN, broken);
        }
    }

    /** Word 97–2003 keeps a WordDocument stream; an encrypted .docx is an EncryptedPackage with its EncryptionInfo. */
    private static String whatOle2Is(Path file) {
        try (POIFSFileSystem ole2 = new POIFSFileSystem(file.toFile(), true)) {
            DirectoryNode root = ole2.getRoot();
            if (root.hasEntryCaseInsensitive("EncryptedPackage") || root.hasEntryCaseInsensitive("EncryptionInfo")) {
                return "文档设有密码（已加密），请取消密码后另存为 .docx 再上传";
            }
            if (root.hasEntryCaseInsensitive("WordDocument")) {
                return "这是旧版 Word 文档（.doc），请用 Word 或 WPS 打开后另存为 .docx 再上传";
            }
            return NOT_WORD;
        } catch (IOException | RuntimeException unreadable) {
            return BROKEN;
        }
    }

    static boolean isOle2(byte[] head) {
        return startsWith(head, OLE2);
    }

    private static byte[] head(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(OLE2.length);
        }
    }

    private static boolean startsWith(byte[] data, byte[] prefix) {
        return data.length >= prefix.length && Arrays.equals(data, 0, prefix.length, prefix, 0, prefix.length);
    }
}
