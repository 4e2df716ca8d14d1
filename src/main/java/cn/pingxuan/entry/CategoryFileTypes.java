package cn.pingxuan.entry;

import cn.pingxuan.upload.FileType;

import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The file contents a category's formats admit: what the upload's magic-byte check lets through. */
final class CategoryFileTypes {

    private static final Map<String, List<FileType>> BY_FORMAT = Map.ofEntries(
            Map.entry("mp4", List.of(FileType.MP4, FileType.M4V)),
            Map.entry("mov", List.of(FileType.MOV)),
            Map.entry("webm", List.of(FileType.WEBM)),
            Map.entry("mkv", List.of(FileType.MKV)),
            Map.entry("avi", List.of(FileType.AVI)),
            Map.entry("flv", List.of(FileType.FLV)),
            Map.entry("jpg", List.of(FileType.JPEG)),
            Map.entry("png", List.of(FileType.PNG)),
            Map.entry("webp", List.of(FileType.WEBP)),
            Map.entry("gif", List.of(FileType.GIF)),
            Map.entry("tiff", List.of(FileType.TIFF)),
            Map.entry("bmp", List.of(FileType.BMP)),
            Map.entry("heic", List.of(FileType.HEIC, FileType.HEIF)),
            Map.entry("txt", List.of(FileType.TEXT)),
            Map.entry("docx", List.of(FileType.DOCX)),
            Map.entry("pdf", List.of(FileType.PDF)));

    private CategoryFileTypes() {
    }

    static Set<FileType> of(Collection<String> formats) {
        Set<FileType> types = EnumSet.noneOf(FileType.class);
        formats.forEach(format -> types.addAll(BY_FORMAT.getOrDefault(format, List.of())));
        return types;
    }
}
