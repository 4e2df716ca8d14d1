package cn.pingxuan.contest;

import java.util.List;

/** What a category collects; the letter goes into entry codes (2026-V-0042). */
public enum CategoryKind {
    VIDEO('V', "视频", List.of("mp4", "mov", "webm", "mkv", "avi", "flv")),
    IMAGE('I', "图片", List.of("jpg", "png", "webp", "gif", "tiff", "bmp", "heic")),
    ESSAY('E', "文章", List.of("txt", "docx", "pdf"));

    private final char letter;
    private final String label;
    private final List<String> formats;

    CategoryKind(char letter, String label, List<String> formats) {
        this.letter = letter;
        this.label = label;
        this.formats = formats;
    }

    public char letter() {
        return letter;
    }

    public String label() {
        return label;
    }

    /** Every format the media pipeline can turn into a viewable work of this kind. */
    public List<String> formats() {
        return formats;
    }
}
