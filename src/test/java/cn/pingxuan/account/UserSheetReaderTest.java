package cn.pingxuan.account;

import cn.pingxuan.common.ProblemException;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static cn.pingxuan.account.SpreadsheetFixtures.GBK;
import static cn.pingxuan.account.SpreadsheetFixtures.csv;
import static cn.pingxuan.account.SpreadsheetFixtures.xlsx;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class UserSheetReaderTest {

    private final UserSheetReader reader = new UserSheetReader();

    @Test
    void readsGbkAsExcelOnChineseWindowsSavesIt() {
        UserSheet sheet = reader.read(csv(GBK, "学号/工号,姓名,单位,角色", "2023001,欧阳娜娜,计算机学院,学生"));

        assertThat(sheet.fileIssues()).isEmpty();
        assertThat(sheet.rows()).containsExactly(new UserSheet.Row(2, "2023001", "欧阳娜娜", "计算机学院", "学生", ""));
    }

    @Test
    void readsUtf8WithAndWithoutBom() {
        byte[] plain = csv(StandardCharsets.UTF_8, "学号,姓名,单位", "a1,張三,文学院");
        byte[] bom = new byte[plain.length + 3];
        bom[0] = (byte) 0xEF;
        bom[1] = (byte) 0xBB;
        bom[2] = (byte) 0xBF;
        System.arraycopy(plain, 0, bom, 3, plain.length);

        assertThat(reader.read(plain).rows()).extracting(UserSheet.Row::displayName).containsExactly("張三");
        assertThat(reader.read(bom).rows()).extracting(UserSheet.Row::displayName).containsExactly("張三");
    }

    @Test
    void readsTabSeparatedUtf16AsExcelsUnicodeTextExport() {
        byte[] body = "学号/工号\t姓名\t单位\r\nx9\t李四\t艺术学院\r\n".getBytes(StandardCharsets.UTF_16LE);
        byte[] withBom = new byte[body.length + 2];
        withBom[0] = (byte) 0xFF;
        withBom[1] = (byte) 0xFE;
        System.arraycopy(body, 0, withBom, 2, body.length);

        assertThat(reader.read(withBom).rows()).containsExactly(new UserSheet.Row(2, "x9", "李四", "艺术学院", "", ""));
    }

    @Test
    void readsXlsxWithNumericStudentNumbersAndSkipsBlankRows() {
        byte[] workbook = xlsx(List.of(
                List.of("学号/工号", "姓名", "单位", "角色"),
                List.of(2023010101L, "王五", "示范大学/计算机学院", "学生、评委", ""),
                List.of("", "", "", ""),
                List.of("t-01", "赵六", "文学院", "")));

        UserSheet sheet = reader.read(workbook);

        assertThat(sheet.rows()).containsExactly(
                new UserSheet.Row(2, "2023010101", "王五", "示范大学/计算机学院", "学生、评委", ""),
                new UserSheet.Row(4, "t-01", "赵六", "文学院", "", ""));
    }

    @Test
    void namesEveryMissingColumn() {
        UserSheet sheet = reader.read(csv(StandardCharsets.UTF_8, "编号,名字", "1,甲"));

        assertThat(sheet.rows()).isEmpty();
        assertThat(sheet.fileIssues()).extracting(ImportIssue::column).containsExactly("学号/工号", "单位");
    }

    @Test
    void refusesWhatIsNotAUserList() {
        assertThatThrownBy(() -> reader.read(new byte[0])).isInstanceOf(ProblemException.class).hasMessage("文件是空的");
        byte[] brokenZip = {'P', 'K', 3, 4, 1, 2, 3, 4, 5, 6};
        assertThatThrownBy(() -> reader.read(brokenZip)).isInstanceOf(ProblemException.class).hasMessageContaining("无法读取 Excel 文件");
        assertThatThrownBy(() -> reader.read(new byte[UserSheetReader.MAX_BYTES + 1])).isInstanceOf(ProblemException.class)
                .hasMessageContaining("10 MB");
    }
}
