package cn.pingxuan.account;

import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/** The dry run: every bad row with its reason, and a preview of the good ones. */
@Serdeable
public record ImportReport(String fileName, int totalRows, int validRows, List<ImportIssue> errors, List<PreviewRow> preview) {

    public static final int PREVIEW_ROWS = 100;

    @Serdeable
    public record PreviewRow(int row, String username, String displayName, String unitPath, List<Role> roles) {
    }

    public boolean importable() {
        return errors.isEmpty() && validRows > 0;
    }
}
