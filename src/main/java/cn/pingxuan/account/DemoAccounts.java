package cn.pingxuan.account;

import java.util.List;
import java.util.Set;

/** The demo organisation and one account per role, seeded into an empty embedded database. */
public final class DemoAccounts {

    public static final String PASSWORD = PasswordPolicy.DEMO_PASSWORD;

    public record Account(String username, String displayName, String unitName, Role role) {
    }

    public static final List<Account> ACCOUNTS = List.of(
            new Account("admin", "系统管理员", "示范大学", Role.ADMIN),
            new Account("organizer", "王老师（组织者）", "示范大学", Role.ORGANIZER),
            new Account("unitadmin", "李老师（计算机学院）", "计算机学院", Role.UNIT_ADMIN),
            new Account("judge", "陈教授（评委）", "文学院", Role.JUDGE),
            new Account("student", "张同学", "软件2301班", Role.STUDENT));

    record DemoUnit(String name, UnitKind kind, String code, List<DemoUnit> children) {
    }

    static final DemoUnit TREE = new DemoUnit("示范大学", UnitKind.UNIVERSITY, "DEMO-U", List.of(
            new DemoUnit("计算机学院", UnitKind.COLLEGE, "DEMO-CS", List.of(
                    new DemoUnit("软件2301班", UnitKind.CLASS, "DEMO-SE2301", List.of()),
                    new DemoUnit("软件2302班", UnitKind.CLASS, "DEMO-SE2302", List.of()))),
            new DemoUnit("文学院", UnitKind.COLLEGE, "DEMO-LIT", List.of(
                    new DemoUnit("汉语言2301班", UnitKind.CLASS, "DEMO-CL2301", List.of()))),
            new DemoUnit("艺术学院", UnitKind.COLLEGE, "DEMO-ART", List.of(
                    new DemoUnit("视觉传达2301班", UnitKind.CLASS, "DEMO-VC2301", List.of())))));

    static Set<String> usernames() {
        return Set.copyOf(ACCOUNTS.stream().map(Account::username).toList());
    }

    private DemoAccounts() {
    }
}
