package cn.pingxuan.account;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** What a chosen password must satisfy; returns the reason in Chinese when it does not. */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 8;
    public static final int MAX_LENGTH = 128;
    /** Passwords the demo data prints on every start: never acceptable for a real account. */
    public static final String DEMO_PASSWORD = "Demo@2026";

    private static final Set<String> TOO_COMMON = Set.of(
            "12345678", "123456789", "1234567890", "password", "password1", "qwerty123", "11111111",
            "88888888", "abc12345", "abcd1234", "a1234567", "woaini1314", "iloveyou", "admin123",
            "admin@123", "p@ssw0rd", "qwertyuiop", "00000000", "12344321", "1qaz2wsx", DEMO_PASSWORD.toLowerCase(Locale.ROOT));

    private PasswordPolicy() {
    }

    public static Optional<String> problem(String password, String username) {
        if (password == null || password.length() < MIN_LENGTH) {
            return Optional.of("密码至少需要 " + MIN_LENGTH + " 个字符");
        }
        if (password.length() > MAX_LENGTH) {
            return Optional.of("密码不能超过 " + MAX_LENGTH + " 个字符");
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (TOO_COMMON.contains(lower)) {
            return Optional.of("该密码过于常见，请换一个");
        }
        if (username != null && lower.contains(username.toLowerCase(Locale.ROOT))) {
            return Optional.of("密码不能包含用户名");
        }
        int kinds = 0;
        if (password.chars().anyMatch(Character::isLetter)) {
            kinds++;
        }
        if (password.chars().anyMatch(Character::isDigit)) {
            kinds++;
        }
        if (password.chars().anyMatch(c -> !Character.isLetterOrDigit(c))) {
            kinds++;
        }
        if (kinds < 2) {
            return Optional.of("密码需包含字母、数字、符号中的至少两类");
        }
        return Optional.empty();
    }
}
