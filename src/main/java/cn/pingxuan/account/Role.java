package cn.pingxuan.account;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

public enum Role {
    STUDENT("学生"),
    JUDGE("评委"),
    UNIT_ADMIN("单位管理员"),
    ORGANIZER("组织者"),
    ADMIN("管理员");

    private final String label;

    Role(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Accepts the Chinese label or the code, as people type them in spreadsheets. */
    public static Optional<Role> parse(String text) {
        String value = text.trim();
        return Arrays.stream(values())
                .filter(role -> role.label.equals(value) || role.name().equals(value.toUpperCase(Locale.ROOT).replace(' ', '_')))
                .findFirst();
    }

    public static String allLabels() {
        return String.join("、", Arrays.stream(values()).map(Role::label).toList());
    }
}
