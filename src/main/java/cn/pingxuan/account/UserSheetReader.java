package cn.pingxuan.account;

import cn.pingxuan.common.ProblemException;
import cn.pingxuan.common.TextCharsets;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads a user list from CSV (UTF-8, or GBK/GB18030 as Excel on Chinese Windows writes it; UTF-16 "Unicode
 * text" too) or from an Excel workbook (.xlsx, .xls). The content decides the format, not the file name.
 */
final class UserSheetReader {

    static final int MAX_ROWS = 20_000;
    static final int MAX_BYTES = 10 * 1024 * 1024;

    private static final Map<String, String> HEADER_ALIASES = headerAliases();

    UserSheet read(byte[] content) {
        if (content.length == 0) {
            throw ProblemException.badRequest("文件是空的");
        }
        if (content.length > MAX_BYTES) {
            throw new ProblemException(io.micronaut.http.HttpStatus.REQUEST_ENTITY_TOO_LARGE, "payload-too-large",
                    "文件不能超过 10 MB，请分批导入");
        }
        List<List<String>> cells = isWorkbook(content) ? readWorkbook(content) : readCsv(TextCharsets.decode(content));
        return toSheet(cells);
    }

    private static boolean isWorkbook(byte[] content) {
        boolean zip = content.length > 3 && content[0] == 'P' && content[1] == 'K' && content[2] == 3 && content[3] == 4;
        boolean ole2 = content.length > 7 && (content[0] & 0xff) == 0xD0 && (content[1] & 0xff) == 0xCF
                && (content[2] & 0xff) == 0x11 && (content[3] & 0xff) == 0xE0;
        return zip || ole2;
    }

    private static List<List<String>> readCsv(String text) {
        String firstLine = text.lines().findFirst().orElse("");
        char delimiter = firstLine.indexOf('\t') >= 0 && firstLine.indexOf(',') < 0 ? '\t'
                : firstLine.indexOf(';') >= 0 && firstLine.indexOf(',') < 0 ? ';' : ',';
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setIgnoreEmptyLines(false).get();
        List<List<String>> rows = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            for (CSVRecord record : parser) {
                if (rows.size() > MAX_ROWS + 1) {
                    break;
                }
                rows.add(record.toList());
            }
        } catch (IOException | RuntimeException e) {
            throw ProblemException.badRequest("无法读取 CSV 文件：请检查引号是否成对，或另存为 .xlsx 后再试");
        }
        return rows;
    }

    private static List<List<String>> readWorkbook(byte[] content) {
        try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(content))) {
            if (workbook.getNumberOfSheets() == 0) {
                return List.of();
            }
            Sheet sheet = workbook.getSheetAt(0);
            if (sheet.getLastRowNum() > MAX_ROWS + 1) {
                throw tooMany();
            }
            DataFormatter formatter = new DataFormatter(Locale.CHINA);
            FormulaEvaluator evaluator = workbook.getCreationHelper().createFormulaEvaluator();
            List<List<String>> rows = new ArrayList<>();
            for (int r = 0; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                List<String> values = new ArrayList<>();
                if (row != null) {
                    for (int c = 0; c < Math.max(0, row.getLastCellNum()); c++) {
                        Cell cell = row.getCell(c);
                        values.add(cell == null ? "" : formatter.formatCellValue(cell, evaluator));
                    }
                }
                rows.add(values);
            }
            return rows;
        } catch (ProblemException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw ProblemException.badRequest("无法读取 Excel 文件：文件可能已损坏或加密，请另存为 .xlsx 或 CSV 后再试");
        }
    }

    private static UserSheet toSheet(List<List<String>> cells) {
        int headerIndex = 0;
        while (headerIndex < cells.size() && isBlank(cells.get(headerIndex))) {
            headerIndex++;
        }
        if (headerIndex == cells.size()) {
            return new UserSheet(List.of(), List.of(new ImportIssue(1, null, null, "文件中没有数据")));
        }
        Map<String, Integer> columns = new HashMap<>();
        List<String> header = cells.get(headerIndex);
        for (int c = 0; c < header.size(); c++) {
            String canonical = HEADER_ALIASES.get(normalizeHeader(header.get(c)));
            if (canonical != null) {
                columns.putIfAbsent(canonical, c);
            }
        }
        List<ImportIssue> missing = new ArrayList<>();
        for (String required : List.of(UserSheet.USERNAME, UserSheet.NAME, UserSheet.UNIT)) {
            if (!columns.containsKey(required)) {
                missing.add(new ImportIssue(headerIndex + 1, required, null,
                        "缺少“" + required + "”列：第一行应为列名 学号/工号、姓名、单位、角色"));
            }
        }
        if (!missing.isEmpty()) {
            return new UserSheet(List.of(), missing);
        }
        List<UserSheet.Row> rows = new ArrayList<>();
        for (int r = headerIndex + 1; r < cells.size(); r++) {
            List<String> values = cells.get(r);
            if (isBlank(values)) {
                continue;
            }
            if (rows.size() == MAX_ROWS) {
                throw tooMany();
            }
            rows.add(new UserSheet.Row(r + 1, cell(values, columns, UserSheet.USERNAME), cell(values, columns, UserSheet.NAME),
                    cell(values, columns, UserSheet.UNIT), cell(values, columns, UserSheet.ROLE),
                    cell(values, columns, UserSheet.EMAIL)));
        }
        return new UserSheet(rows, List.of());
    }

    private static String cell(List<String> values, Map<String, Integer> columns, String column) {
        Integer index = columns.get(column);
        return index == null || index >= values.size() || values.get(index) == null ? "" : values.get(index).strip();
    }

    private static boolean isBlank(List<String> values) {
        return values.stream().allMatch(v -> v == null || v.isBlank());
    }

    private static String normalizeHeader(String header) {
        return header == null ? "" : header.replace("\uFEFF", "").replaceAll("[\\s*＊]", "").toLowerCase(Locale.ROOT);
    }

    private static ProblemException tooMany() {
        return ProblemException.badRequest("一次最多导入 " + MAX_ROWS + " 行，请分批导入");
    }

    private static Map<String, String> headerAliases() {
        Map<String, String> aliases = new HashMap<>();
        Arrays.asList("学号/工号", "学号／工号", "学号", "工号", "学工号", "账号", "用户名", "username", "account")
                .forEach(a -> aliases.put(normalizeHeader(a), UserSheet.USERNAME));
        Arrays.asList("姓名", "名字", "name", "displayname")
                .forEach(a -> aliases.put(normalizeHeader(a), UserSheet.NAME));
        Arrays.asList("单位", "所在单位", "单位路径", "学院", "部门", "unit")
                .forEach(a -> aliases.put(normalizeHeader(a), UserSheet.UNIT));
        Arrays.asList("角色", "身份", "role", "roles")
                .forEach(a -> aliases.put(normalizeHeader(a), UserSheet.ROLE));
        Arrays.asList("邮箱", "电子邮箱", "电子邮件", "email", "e-mail", "mail")
                .forEach(a -> aliases.put(normalizeHeader(a), UserSheet.EMAIL));
        return Map.copyOf(aliases);
    }
}
