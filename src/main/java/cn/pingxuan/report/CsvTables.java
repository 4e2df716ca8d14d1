package cn.pingxuan.report;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** RFC 4180 CSV in UTF-8 with a byte-order mark: without it Excel reads the Chinese as GBK and garbles it. */
final class CsvTables {

    private static final String FORMULA_STARTS = "=+-@\t\r";

    private CsvTables() {
    }

    static void write(Table table, OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write('\uFEFF');
        CSVPrinter printer = new CSVPrinter(writer, CSVFormat.RFC4180);
        printer.printRecord(table.headers().stream().map(CsvTables::text).toList());
        for (List<Object> row : table.rows()) {
            List<String> cells = new ArrayList<>(row.size());
            row.forEach(cell -> cells.add(cell(cell)));
            printer.printRecord(cells);
        }
        printer.flush();
    }

    private static String cell(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof BigDecimal decimal) {
            return decimal.toPlainString();
        }
        if (value instanceof Number number) {
            return number.toString();
        }
        return text(value.toString());
    }

    /**
     * A spreadsheet opening the file would run text such as {@code =HYPERLINK(...)} as a formula (CSV injection):
     * a leading apostrophe makes it plain text again.
     */
    static String text(String value) {
        return !value.isEmpty() && FORMULA_STARTS.indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
    }
}
