package cn.pingxuan.report;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class ExportFormatsTest {

    private static final Table TABLE = new Table("结果", List.of("名称", "得分"), List.of(
            Arrays.asList("张三, \"小明\"\n二行", new BigDecimal("88.5000")),
            Arrays.asList("=1+2", null),
            Arrays.asList("+SUM(A1)", -3),
            Arrays.asList("-2", 1L),
            Arrays.asList("@cmd", 2.5),
            Arrays.asList("普通 = 文本", 0)));

    @Test
    void csvHasABomQuotesByRfc4180AndDisarmsFormulas() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CsvTables.write(TABLE, out);
        byte[] bytes = out.toByteArray();
        assertThat(bytes).startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
        String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        assertThat(text).isEqualTo("名称,得分\r\n"
                + "\"张三, \"\"小明\"\"\n二行\",88.5000\r\n"
                + "'=1+2,\r\n"
                + "'+SUM(A1),-3\r\n"
                + "'-2,1\r\n"
                + "'@cmd,2.5\r\n"
                + "普通 = 文本,0\r\n");
    }

    @Test
    void xlsxWritesTextAsStringsAndNumbersAsNumbers() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        XlsxTables.write(List.of(TABLE, new Table("结果", List.of("甲"), List.of())), out);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            assertThat(workbook.getSheetName(0)).isEqualTo("结果");
            assertThat(workbook.getSheetName(1)).isEqualTo("结果（2）");
            var sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(2).getCell(0).getCellType()).isEqualTo(CellType.STRING);
            assertThat(sheet.getRow(2).getCell(0).getStringCellValue()).isEqualTo("=1+2");
            assertThat(sheet.getRow(2).getCell(1)).isNull();
            assertThat(sheet.getRow(1).getCell(1).getNumericCellValue()).isEqualTo(88.5);
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo("张三, \"小明\"\n二行");
        }
    }

    @Test
    void sheetNamesFollowExcelsRules() {
        Set<String> taken = new HashSet<>();
        assertThat(XlsxTables.sheetName("王老师[评委]/一组", taken)).isEqualTo("王老师 评委  一组");
        assertThat(XlsxTables.sheetName("王老师[评委]/一组", taken)).isEqualTo("王老师 评委  一组（2）");
        String longName = "很".repeat(40);
        assertThat(XlsxTables.sheetName(longName, taken)).hasSize(31);
        assertThat(XlsxTables.sheetName(longName, taken)).hasSize(31).endsWith("（2）");
    }
}
