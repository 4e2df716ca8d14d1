package cn.pingxuan.upload;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.imageio.ImageIO;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/** The leading bytes of real files of each kind, generated rather than checked in. */
final class SampleFiles {

    private SampleFiles() {
    }

    static byte[] mp4() {
        return isoMedia("isom", "isom", "iso2", "avc1", "mp41");
    }

    static byte[] mov() {
        return isoMedia("qt  ", "qt  ");
    }

    static byte[] m4v() {
        return isoMedia("M4V ", "M4V ", "M4A ", "mp42", "isom");
    }

    static byte[] heic() {
        return isoMedia("heic", "mif1", "heic");
    }

    static byte[] heifWithHeicBrand() {
        return isoMedia("mif1", "mif1", "heic");
    }

    static byte[] heif() {
        return isoMedia("mif1", "mif1", "miaf");
    }

    static byte[] avif() {
        return isoMedia("avif", "avif", "mif1", "miaf");
    }

    /** An old QuickTime file that starts with its movie atom instead of an ftyp box. */
    static byte[] legacyQuickTime() {
        return concat(new byte[] {0, 0, 0, 0x6C}, ascii("moov"), new byte[] {0, 0, 0, 0x6C}, ascii("mvhd"), new byte[100]);
    }

    static byte[] webm() {
        return ebml("webm");
    }

    static byte[] mkv() {
        return ebml("matroska");
    }

    static byte[] avi() {
        return concat(ascii("RIFF"), new byte[] {0x10, 0, 0, 0}, ascii("AVI LIST"), new byte[] {4, 0, 0, 0}, ascii("hdrl"));
    }

    static byte[] flv() {
        return concat(ascii("FLV"), new byte[] {1, 5, 0, 0, 0, 9, 0, 0, 0, 0}, new byte[100]);
    }

    static byte[] mpegTs() {
        byte[] stream = new byte[188 * 3];
        for (int packet = 0; packet < 3; packet++) {
            stream[packet * 188] = 0x47;
            stream[packet * 188 + 1] = 0x40;
        }
        return stream;
    }

    /** AVCHD camcorders write 192-byte packets: a 4-byte timestamp before each 188-byte packet. */
    static byte[] m2ts() {
        byte[] stream = new byte[192 * 3];
        for (int packet = 0; packet < 3; packet++) {
            stream[packet * 192 + 4] = 0x47;
        }
        return stream;
    }

    static byte[] png() {
        return image("png");
    }

    static byte[] jpeg() {
        return image("jpg");
    }

    static byte[] gif() {
        return image("gif");
    }

    static byte[] bmp() {
        return image("bmp");
    }

    static byte[] tiff() {
        return image("tiff");
    }

    static byte[] webp() {
        return concat(ascii("RIFF"), new byte[] {0x24, 0, 0, 0}, ascii("WEBPVP8 "), new byte[] {0x18, 0, 0, 0},
                new byte[] {0x30, 0x01, 0x00, (byte) 0x9D, 0x01, 0x2A, 1, 0, 1, 0}, new byte[14]);
    }

    static byte[] pdf() {
        return ascii("%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n");
    }

    static byte[] docx() {
        try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (int i = 0; i < 400; i++) {
                document.createParagraph().createRun().setText("第" + i + "段：春天的校园，" + Integer.toHexString(i * 7919));
            }
            document.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] zip(String... entryNames) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (String name : entryNames) {
                zip.putNextEntry(new ZipEntry(name));
                zip.write(("content of " + name).getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** A Windows program: "MZ", the DOS header with its zero fields, and the PE signature it points to. */
    static byte[] windowsExecutable() {
        byte[] exe = new byte[256];
        exe[0] = 'M';
        exe[1] = 'Z';
        exe[2] = (byte) 0x90;
        exe[4] = 3;
        exe[0x3C] = (byte) 0x80;
        System.arraycopy(ascii("PE"), 0, exe, 0x80, 2);
        return exe;
    }

    static byte[] elf() {
        return concat(new byte[] {0x7F, 'E', 'L', 'F', 2, 1, 1, 0}, new byte[56]);
    }

    static byte[] html() {
        return utf8("<!DOCTYPE html>\n<html><head><title>成绩查询</title></head><body><script>steal()</script></body></html>");
    }

    static byte[] svg() {
        return utf8("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"/>");
    }

    static byte[] essay() {
        return utf8("春天来了，校园里的玉兰花开了。我和同学们在操场上奔跑，风里有青草的味道。\n");
    }

    static byte[] isoMedia(String majorBrand, String... compatibleBrands) {
        int size = 16 + 4 * compatibleBrands.length;
        byte[] box = new byte[size + 16];
        box[3] = (byte) size;
        System.arraycopy(ascii("ftyp"), 0, box, 4, 4);
        System.arraycopy(ascii(majorBrand), 0, box, 8, 4);
        box[14] = 2;
        for (int i = 0; i < compatibleBrands.length; i++) {
            System.arraycopy(ascii(compatibleBrands[i]), 0, box, 16 + 4 * i, 4);
        }
        box[size + 3] = 8;
        System.arraycopy(ascii("free"), 0, box, size + 4, 4);
        return box;
    }

    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    static byte[] concat(byte[]... parts) {
        int length = Arrays.stream(parts).mapToInt(part -> part.length).sum();
        byte[] all = new byte[length];
        int position = 0;
        for (byte[] part : parts) {
            System.arraycopy(part, 0, all, position, part.length);
            position += part.length;
        }
        return all;
    }

    private static byte[] ebml(String docType) {
        byte[] type = ascii(docType);
        byte[] header = concat(
                new byte[] {0x42, (byte) 0x86, (byte) 0x81, 1, 0x42, (byte) 0xF7, (byte) 0x81, 1,
                        0x42, (byte) 0xF2, (byte) 0x81, 4, 0x42, (byte) 0xF3, (byte) 0x81, 8,
                        0x42, (byte) 0x82, (byte) (0x80 | type.length)},
                type,
                new byte[] {0x42, (byte) 0x87, (byte) 0x81, 4, 0x42, (byte) 0x85, (byte) 0x81, 2});
        return concat(new byte[] {0x1A, 0x45, (byte) 0xDF, (byte) 0xA3, (byte) (0x80 | header.length)}, header,
                new byte[] {0x18, 0x53, (byte) 0x80, 0x67, 0x01, 0, 0, 0, 0, 0, 0, 0});
    }

    private static byte[] image(String format) {
        BufferedImage image = new BufferedImage(4, 3, BufferedImage.TYPE_INT_RGB);
        image.setRGB(1, 1, 0x3366CC);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            if (!ImageIO.write(image, format, out)) {
                throw new IllegalStateException("no ImageIO writer for " + format);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }
}
