package cn.pingxuan.upload;

import java.util.Collection;
import java.util.stream.Collectors;

/**
 * What a file really is, judged from its leading bytes by {@link FileTypeSniffer}. An {@link UploadPurpose}
 * allows some of the accepted types; the refused ones are never stored, whatever the purpose says.
 */
public enum FileType {

    MP4("MP4", "video/mp4", true),
    MOV("MOV", "video/quicktime", true),
    M4V("M4V", "video/x-m4v", true),
    WEBM("WEBM", "video/webm", true),
    MKV("MKV", "video/x-matroska", true),
    AVI("AVI", "video/x-msvideo", true),
    FLV("FLV", "video/x-flv", true),
    MPEG_TS("MPEG-TS", "video/mp2t", true),

    JPEG("JPEG", "image/jpeg", true),
    PNG("PNG", "image/png", true),
    GIF("GIF", "image/gif", true),
    WEBP("WEBP", "image/webp", true),
    TIFF("TIFF", "image/tiff", true),
    BMP("BMP", "image/bmp", true),
    HEIC("HEIC", "image/heic", true),
    HEIF("HEIF", "image/heif", true),
    AVIF("AVIF", "image/avif", true),

    PDF("PDF", "application/pdf", true),
    DOCX("Word 文档（DOCX）", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", true),
    ZIP("ZIP 压缩包", "application/zip", true),
    TEXT("纯文本", "text/plain", true),

    EXECUTABLE("可执行程序", "application/octet-stream", false),
    ELF("可执行程序（Linux）", "application/octet-stream", false),
    HTML("网页（HTML）", "application/octet-stream", false),
    SVG("SVG 矢量图", "application/octet-stream", false),
    XML("XML 文档", "application/octet-stream", false),
    SCRIPT("脚本程序", "application/octet-stream", false),
    UNKNOWN("无法识别的格式", "application/octet-stream", false);

    private final String displayName;
    private final String contentType;
    private final boolean acceptable;

    FileType(String displayName, String contentType, boolean acceptable) {
        this.displayName = displayName;
        this.contentType = contentType;
        this.acceptable = acceptable;
    }

    /** The name a student recognises, used in messages. */
    public String displayName() {
        return displayName;
    }

    /** The content type the stored file gets; the browser's claim is never used. */
    public String contentType() {
        return contentType;
    }

    /**
     * False for types that can run code in a browser or on a computer (and for unknown binaries): they are
     * refused even if a purpose lists them.
     */
    public boolean acceptable() {
        return acceptable;
    }

    /** "MP4、MOV、WEBM" in declaration order. */
    public static String displayNames(Collection<FileType> types) {
        return types.stream().sorted().map(FileType::displayName).collect(Collectors.joining("、"));
    }
}
