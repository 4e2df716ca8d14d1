package cn.pingxuan.account;

import java.util.List;

/** The rows of an uploaded user list, as text, before any checking; {@code fileIssues} when the file itself is unusable. */
record UserSheet(List<Row> rows, List<ImportIssue> fileIssues) {

    static final String USERNAME = "学号/工号";
    static final String NAME = "姓名";
    static final String UNIT = "单位";
    static final String ROLE = "角色";
    static final String EMAIL = "邮箱";

    record Row(int number, String username, String displayName, String unit, String roles, String email) {
    }
}
