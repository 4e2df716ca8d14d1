package cn.pingxuan.account;

import cn.pingxuan.common.AuditLog;
import cn.pingxuan.common.ProblemException;
import io.micronaut.http.HttpStatus;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Bulk account creation from a spreadsheet: a dry run that reports every bad row, then an all-or-nothing
 * import that checks everything again (the file may have changed, or someone may have taken a username since).
 */
@Singleton
public class UserImportService {

    private static final Pattern ROLE_SEPARATORS = Pattern.compile("[、,，;；/|\\s]+");
    private static final Pattern USERNAME = Pattern.compile("^[A-Za-z0-9_.@-]{2,64}$");
    private static final int LOOKUP_CHUNK = 1000;
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
    private static final int MAX_EMAIL = 254;

    private final UserRepository users;
    private final OrgUnitService units;
    private final PasswordHasher hasher;
    private final GeneratedPasswords passwords;
    private final AuditLog audit;
    private final UserSheetReader reader = new UserSheetReader();

    UserImportService(UserRepository users, OrgUnitService units, PasswordHasher hasher, GeneratedPasswords passwords,
                      AuditLog audit) {
        this.users = users;
        this.units = units;
        this.hasher = hasher;
        this.passwords = passwords;
        this.audit = audit;
    }

    private record Checked(ImportReport report, List<NewUser> accepted) {
    }

    private record NewUser(String username, String displayName, OrgUnit unit, String unitPath, Set<Role> roles,
                           String email) {
    }

    @Transactional(readOnly = true)
    public ImportReport preview(Actor actor, String fileName, byte[] content) {
        return check(actor, fileName, content).report();
    }

    @Transactional
    public ImportResult importAll(Actor actor, String fileName, byte[] content, String ip) {
        Checked checked = check(actor, fileName, content);
        if (!checked.report().importable()) {
            String detail = checked.report().errors().isEmpty() ? "文件中没有可导入的行"
                    : "有 " + checked.report().errors().size() + " 处错误，未导入任何用户，请修改后重新上传";
            throw new ProblemException(HttpStatus.UNPROCESSABLE_ENTITY, "import-invalid", detail, List.of(), checked.report());
        }
        List<String> plainPasswords = checked.accepted().stream().map(u -> passwords.next()).toList();
        List<String> hashes = plainPasswords.stream().map(hasher::hashGenerated).toList();
        List<AppUser> created = new ArrayList<>(checked.accepted().size());
        List<ImportResult.Credential> credentials = new ArrayList<>(checked.accepted().size());
        for (int i = 0; i < checked.accepted().size(); i++) {
            NewUser user = checked.accepted().get(i);
            created.add(AppUser.create(user.username(), user.displayName(), user.unit().id(), user.roles(), hashes.get(i), true)
                    .withEmail(user.email().isEmpty() ? null : user.email()));
            credentials.add(new ImportResult.Credential(user.username(), user.displayName(), user.unitPath(), plainPasswords.get(i)));
        }
        users.saveAll(created);
        audit.record(actor.id(), "user.import", "user", null, fileName + ": " + created.size() + " 个用户", ip);
        return new ImportResult(created.size(), credentials);
    }

    private Checked check(Actor actor, String fileName, byte[] content) {
        ManagementScope scope = ManagementScope.of(actor);
        UserSheet sheet = reader.read(content);
        if (!sheet.fileIssues().isEmpty()) {
            return new Checked(new ImportReport(fileName, 0, 0, sheet.fileIssues(), List.of()), List.of());
        }
        UnitDirectory directory = units.directory();
        Set<String> taken = existingUsernames(sheet.rows());
        Map<String, Integer> firstRowOf = new HashMap<>();
        List<ImportIssue> issues = new ArrayList<>();
        List<NewUser> accepted = new ArrayList<>();
        List<ImportReport.PreviewRow> preview = new ArrayList<>();
        for (UserSheet.Row row : sheet.rows()) {
            List<ImportIssue> rowIssues = new ArrayList<>();
            String username = row.username();
            if (username.isEmpty()) {
                rowIssues.add(issue(row, UserSheet.USERNAME, username, "学号/工号不能为空"));
            } else if (!USERNAME.matcher(username).matches()) {
                rowIssues.add(issue(row, UserSheet.USERNAME, username, "学号/工号需为 2–64 位字母、数字或 _ . @ -"));
            } else {
                String key = username.toLowerCase(Locale.ROOT);
                Integer first = firstRowOf.putIfAbsent(key, row.number());
                if (first != null) {
                    rowIssues.add(issue(row, UserSheet.USERNAME, username, "与第 " + first + " 行的学号/工号重复"));
                } else if (taken.contains(key)) {
                    rowIssues.add(issue(row, UserSheet.USERNAME, username, "学号/工号已存在"));
                }
            }
            if (row.displayName().isEmpty()) {
                rowIssues.add(issue(row, UserSheet.NAME, row.displayName(), "姓名不能为空"));
            } else if (row.displayName().length() > 50) {
                rowIssues.add(issue(row, UserSheet.NAME, row.displayName(), "姓名不能超过 50 个字符"));
            }
            UnitDirectory.Resolution unit = directory.resolve(row.unit());
            if (unit.error() != null) {
                rowIssues.add(issue(row, UserSheet.UNIT, row.unit(), unit.error()));
            } else if (!scope.covers(unit.unit())) {
                rowIssues.add(issue(row, UserSheet.UNIT, row.unit(), "只能导入到本单位或下级单位"));
            }
            if (!row.email().isEmpty() && (row.email().length() > MAX_EMAIL || !EMAIL.matcher(row.email()).matches())) {
                rowIssues.add(issue(row, UserSheet.EMAIL, row.email(), "邮箱地址格式不正确"));
            }
            Set<Role> roles = parseRoles(row, rowIssues);
            if (!roles.isEmpty() && !scope.mayAssign(roles)) {
                rowIssues.add(issue(row, UserSheet.ROLE, row.roles(), "单位管理员只能导入学生"));
            }
            if (rowIssues.isEmpty()) {
                String unitPath = directory.pathName(unit.unit().id());
                accepted.add(new NewUser(username, row.displayName(), unit.unit(), unitPath, roles, row.email()));
                if (preview.size() < ImportReport.PREVIEW_ROWS) {
                    preview.add(new ImportReport.PreviewRow(row.number(), username, row.displayName(), unitPath,
                            roles.stream().sorted().toList()));
                }
            }
            issues.addAll(rowIssues);
        }
        return new Checked(new ImportReport(fileName, sheet.rows().size(), accepted.size(), issues, preview), accepted);
    }

    /** Blank means 学生, the usual case; several roles may be separated by 、 , ; or spaces. */
    private static Set<Role> parseRoles(UserSheet.Row row, List<ImportIssue> issues) {
        if (row.roles().isBlank()) {
            return EnumSet.of(Role.STUDENT);
        }
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String part : ROLE_SEPARATORS.split(row.roles().strip())) {
            if (part.isEmpty()) {
                continue;
            }
            Role.parse(part).ifPresentOrElse(roles::add, () -> issues.add(issue(row, UserSheet.ROLE, part,
                    "未知角色“" + part + "”，可填：" + Role.allLabels())));
        }
        return roles;
    }

    private Set<String> existingUsernames(List<UserSheet.Row> rows) {
        List<String> candidates = rows.stream().map(UserSheet.Row::username).filter(u -> !u.isEmpty()).distinct().toList();
        Set<String> taken = new HashSet<>();
        for (int from = 0; from < candidates.size(); from += LOOKUP_CHUNK) {
            List<String> chunk = candidates.subList(from, Math.min(candidates.size(), from + LOOKUP_CHUNK));
            users.findExistingUsernames(chunk).forEach(u -> taken.add(u.toLowerCase(Locale.ROOT)));
        }
        return taken;
    }

    private static ImportIssue issue(UserSheet.Row row, String column, String value, String message) {
        return new ImportIssue(row.number(), column, value, message);
    }
}
