package cn.pingxuan.report;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import java.io.IOException;
import java.io.OutputStream;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Tables as worksheets of one XLSX, streamed: only a window of rows stays in memory however long the sheet. */
final class XlsxTables {

    private static final int ROWS_IN_MEMORY = 200;
    private static final int SHEET_NAME_LIMIT = 31;

    private XlsxTables() {
    }

    static void write(List<Table> tables, OutputStream out) throws IOException {
        SXSSFWorkbook workbook = new SXSSFWorkbook(ROWS_IN_MEMORY);
        try {
            CellStyle header = workbook.createCellStyle();
            Font bold = workbook.createFont();
            bold.setBold(true);
            header.setFont(bold);
            Set<String> taken = new HashSet<>();
            for (Table table : tables) {
                SXSSFSheet sheet = workbook.createSheet(sheetName(table.name(), taken));
                writeRow(sheet, 0, List.copyOf(table.headers()), header);
                int index = 1;
                for (List<Object> row : table.rows()) {
                    writeRow(sheet, index++, row, null);
                }
                sheet.createFreezePane(0, 1);
                for (int column = 0; column < table.headers().size(); column++) {
                    sheet.setColumnWidth(column, width(table, column));
                }
            }
            if (tables.isEmpty()) {
                workbook.createSheet("空");
            }
            workbook.write(out);
        } finally {
            workbook.dispose();
            workbook.close();
        }
    }

    private static void writeRow(Sheet sheet, int index, List<?> values, CellStyle style) {
        Row row = sheet.createRow(index);
        for (int column = 0; column < values.size(); column++) {
            Object value = values.get(column);
            if (value == null) {
                continue;
            }
            Cell cell = row.createCell(column);
            if (value instanceof Number number) {
                cell.setCellValue(number.doubleValue());
            } else {
                // a string cell is never evaluated, so "=HYPERLINK(...)" stays text
                cell.setCellValue(value.toString());
            }
            if (style != null) {
                cell.setCellStyle(style);
            }
        }
    }

    /**
     * Column widths from the text itself (a CJK character counts twice): measuring with fonts, as autosizing does,
     * needs fonts on the server and costs a pass over every row.
     */
    private static int width(Table table, int column) {
        int widest = displayWidth(table.headers().get(column));
        for (List<Object> row : table.rows()) {
            if (column < row.size() && row.get(column) != null) {
                widest = Math.max(widest, displayWidth(row.get(column).toString()));
            }
        }
        return Math.min(60, Math.max(8, widest + 2)) * 256;
    }

    private static int displayWidth(String text) {
        return text.codePoints().map(c -> c < 0x1100 ? 1 : 2).sum();
    }

    /** Excel's rules: at most 31 characters, none of []:*?/\, unique regardless of case. */
    static String sheetName(String wanted, Set<String> taken) {
        String base = WorkbookUtil.createSafeSheetName(wanted.isBlank() ? "表" : wanted);
        String name = base;
        for (int n = 2; !taken.add(name.toLowerCase(Locale.ROOT)); n++) {
            String suffix = "（" + n + "）";
            name = base.substring(0, Math.min(base.length(), SHEET_NAME_LIMIT - suffix.length())) + suffix;
        }
        return name;
    }
}
