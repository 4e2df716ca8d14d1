package cn.pingxuan.account;

import cn.pingxuan.common.AuditLog;
import cn.pingxuan.common.ProblemException;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

/** What signed-in users do to their own account. */
@Singleton
public class AccountService {

    private final UserRepository users;
    private final OrgUnitService units;
    private final PasswordHasher hasher;
    private final AuditLog audit;

    AccountService(UserRepository users, OrgUnitService units, PasswordHasher hasher, AuditLog audit) {
        this.users = users;
        this.units = units;
        this.hasher = hasher;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    public MeView me(Actor actor) {
        AppUser user = users.findById(actor.id()).orElseThrow();
        MeView.UnitRef unit = actor.unit() == null ? null
                : new MeView.UnitRef(actor.unit().id(), actor.unit().name(), units.directory().pathName(actor.unit().id()));
        return new MeView(user.id(), user.username(), user.displayName(), user.roles().stream().sorted().toList(), unit,
                user.mustChangePassword(), user.email());
    }

    /** The user's own address for notice copies; blank removes it. */
    @Transactional
    public MeView changeEmail(Actor actor, EmailChange change, String ip) {
        AppUser user = users.findById(actor.id()).orElseThrow();
        String email = change.email() == null || change.email().isBlank() ? null : change.email().strip();
        users.update(user.withEmail(email));
        audit.record(actor.id(), "user.email.change", "user", actor.id(), email, ip);
        return me(actor);
    }

    /** Returns the user with the new session epoch: the caller re-issues the session cookie. */
    @Transactional
    public AppUser changePassword(Actor actor, PasswordChange change, String ip) {
        AppUser user = users.findById(actor.id()).orElseThrow();
        if (!hasher.matches(change.currentPassword(), user.passwordHash())) {
            throw ProblemException.invalidField("currentPassword", "当前密码不正确");
        }
        PasswordPolicy.problem(change.newPassword(), user.username()).ifPresent(reason -> {
            throw ProblemException.invalidField("newPassword", reason);
        });
        if (change.newPassword().equals(change.currentPassword())) {
            throw ProblemException.invalidField("newPassword", "新密码不能与当前密码相同");
        }
        AppUser changed = users.update(user.withPassword(hasher.hashChosen(change.newPassword()), false));
        audit.record(actor.id(), "user.password.change", "user", actor.id(), null, ip);
        return changed;
    }
}
