package cn.pingxuan.report;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * A finished export in a temporary file. Opening it for the download unlinks it (delete-on-close; Linux removes the
 * name at once), so the space is freed when the stream closes, whether or not the client read it all.
 */
record ExportFile(String fileName, String contentType, Path path) {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final String CSV = "text/csv; charset=utf-8";

    long size() throws IOException {
        return Files.size(path);
    }

    InputStream open() throws IOException {
        return Files.newInputStream(path, StandardOpenOption.DELETE_ON_CLOSE);
    }
}
