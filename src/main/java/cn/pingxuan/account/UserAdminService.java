package cn.pingxuan.account;

import cn.pingxuan.common.AuditLog;
import cn.pingxuan.common.LikePatterns;
import cn.pingxuan.common.PageResult;
import cn.pingxuan.common.ProblemException;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.util.List;
import java.util.Set;

/** Administrators and unit administrators managing the accounts within their reach (see {@link ManagementScope}). */
@Singleton
public class UserAdminService {

    public static final int MAX_PAGE_SIZE = 200;

    private final UserRepository users;
    private final OrgUnitService units;
    private final PasswordHasher hasher;
    private final GeneratedPasswords passwords;
    private final AuditLog audit;

    UserAdminService(UserRepository users, OrgUnitService units, PasswordHasher hasher, GeneratedPasswords passwords,
                     AuditLog audit) {
        this.users = users;
        this.units = units;
        this.hasher = hasher;
        this.passwords = passwords;
        this.audit = audit;
    }

    public record Filter(@Nullable String text, @Nullable Long unitId, @Nullable Role role, @Nullable Boolean active) {
    }

    @Transactional(readOnly = true)
    public PageResult<UserView> search(Actor actor, Filter filter, int page, int size) {
        ManagementScope scope = ManagementScope.of(actor);
        UnitDirectory directory = units.directory();
        String unitPattern = scope.unitPathPattern();
        if (filter.unitId() != null) {
            OrgUnit unit = directory.get(filter.unitId()).orElseThrow(() -> ProblemException.notFound("单位不存在或已被删除"));
            if (!scope.covers(unit)) {
                throw ProblemException.forbidden("只能查看本单位及下级单位的用户");
            }
            unitPattern = unit.path() + "%";
        }
        String text = LikePatterns.containing(filter.text());
        String rolePattern = filter.role() == null ? "%" : "%," + filter.role().name() + ",%";
        if (!scope.everything()) {
            // a unit admin sees the plain student accounts of their units, not staff who share those units
            rolePattern = filter.role() == null || filter.role() == Role.STUDENT ? ",STUDENT," : "-no-match-";
        }
        List<Boolean> active = filter.active() == null ? List.of(true, false) : List.of(filter.active());
        int pageSize = Math.max(1, Math.min(size, MAX_PAGE_SIZE));
        Page<AppUser> result = users.search(text, unitPattern, rolePattern, active, Pageable.from(Math.max(0, page), pageSize));
        return new PageResult<>(result.getContent().stream().map(u -> UserView.of(u, directory)).toList(),
                result.getTotalSize(), result.getPageNumber(), pageSize);
    }

    @Transactional
    public IssuedPassword create(Actor actor, UserForm form, String ip) {
        ManagementScope scope = ManagementScope.of(actor);
        if (form.username() == null || form.username().isBlank()) {
            throw ProblemException.invalidField("username", "请填写学号/工号");
        }
        String username = form.username().strip();
        UnitDirectory directory = units.directory();
        OrgUnit unit = checkPlacement(scope, directory, form.unitId(), form.roles());
        if (users.existsByUsername(username)) {
            throw ProblemException.invalidField("username", "学号/工号“" + username + "”已存在");
        }
        String password = passwords.next();
        AppUser user = users.save(AppUser.create(username, form.displayName().strip(), unit == null ? null : unit.id(),
                form.roles(), hasher.hashGenerated(password), true));
        audit.record(actor.id(), "user.create", "user", user.id(), username + " " + user.roles(), ip);
        return new IssuedPassword(UserView.of(user, directory), password);
    }

    @Transactional
    public UserView update(Actor actor, long id, UserForm form, String ip) {
        ManagementScope scope = ManagementScope.of(actor);
        UnitDirectory directory = units.directory();
        AppUser user = requireManageable(scope, directory, id);
        OrgUnit unit = checkPlacement(scope, directory, form.unitId(), form.roles());
        if (user.id() == actor.id() && user.has(Role.ADMIN) && !form.roles().contains(Role.ADMIN)) {
            throw ProblemException.invalidField("roles", "不能移除自己的管理员角色");
        }
        AppUser updated = users.update(user.withProfile(form.displayName().strip(), unit == null ? null : unit.id(), form.roles()));
        audit.record(actor.id(), "user.update", "user", id,
                user.displayName() + " " + user.roles() + " unit " + user.unitId() + " → "
                        + updated.displayName() + " " + updated.roles() + " unit " + updated.unitId(), ip);
        return UserView.of(updated, directory);
    }

    @Transactional
    public UserView setActive(Actor actor, long id, boolean active, String ip) {
        ManagementScope scope = ManagementScope.of(actor);
        UnitDirectory directory = units.directory();
        AppUser user = requireManageable(scope, directory, id);
        if (user.id() == actor.id() && !active) {
            throw ProblemException.conflict("不能停用自己的账号");
        }
        if (user.active() == active) {
            return UserView.of(user, directory);
        }
        AppUser changed = users.update(user.withActive(active));
        audit.record(actor.id(), active ? "user.activate" : "user.deactivate", "user", id, null, ip);
        return UserView.of(changed, directory);
    }

    @Transactional
    public IssuedPassword resetPassword(Actor actor, long id, String ip) {
        ManagementScope scope = ManagementScope.of(actor);
        UnitDirectory directory = units.directory();
        AppUser user = requireManageable(scope, directory, id);
        String password = passwords.next();
        AppUser changed = users.update(user.withPassword(hasher.hashGenerated(password), true));
        audit.record(actor.id(), "user.password.reset", "user", id, null, ip);
        return new IssuedPassword(UserView.of(changed, directory), password);
    }

    private AppUser requireManageable(ManagementScope scope, UnitDirectory directory, long id) {
        AppUser user = users.findById(id).orElseThrow(() -> ProblemException.notFound("用户不存在"));
        if (!scope.mayManage(user, directory.get(user.unitId()).orElse(null))) {
            throw ProblemException.forbidden("无权管理该用户");
        }
        return user;
    }

    @Nullable
    private static OrgUnit checkPlacement(ManagementScope scope, UnitDirectory directory, @Nullable Long unitId, Set<Role> roles) {
        OrgUnit unit = null;
        if (unitId != null) {
            unit = directory.get(unitId).orElseThrow(() -> ProblemException.invalidField("unitId", "所选单位不存在"));
        }
        if (!scope.covers(unit)) {
            throw ProblemException.invalidField("unitId", "只能选择本单位或下级单位");
        }
        if (!scope.mayAssign(roles)) {
            throw ProblemException.invalidField("roles", "单位管理员只能创建和管理学生账号");
        }
        return unit;
    }
}
