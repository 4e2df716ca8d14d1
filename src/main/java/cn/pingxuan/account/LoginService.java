package cn.pingxuan.account;

import cn.pingxuan.common.AuditLog;
import cn.pingxuan.common.ProblemException;
import io.micronaut.http.HttpStatus;
import jakarta.inject.Singleton;

import java.time.Clock;

@Singleton
public class LoginService {

    private final UserRepository users;
    private final PasswordHasher hasher;
    private final LoginThrottle throttle;
    private final AuditLog audit;
    private final Clock clock;

    LoginService(UserRepository users, PasswordHasher hasher, LoginThrottle throttle, AuditLog audit, Clock clock) {
        this.users = users;
        this.hasher = hasher;
        this.throttle = throttle;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Not one transaction on purpose: a failed attempt must stay counted even though the call fails.
     * A disabled account is only reported to someone who knows its password.
     */
    public AppUser login(String username, String password, String address) {
        String name = username.strip();
        throttle.checkAllowed(name, address);
        AppUser user = users.findByUsername(name).orElse(null);
        if (user == null) {
            hasher.burnDecoy(password);
        }
        if (user == null || !hasher.matches(password, user.passwordHash())) {
            throttle.recordFailure(name, address);
            audit.record(user == null ? null : user.id(), "login.failed", "user", name, null, address);
            throw new ProblemException(HttpStatus.UNAUTHORIZED, "invalid-credentials", "用户名或密码错误");
        }
        if (!user.active()) {
            throw new ProblemException(HttpStatus.FORBIDDEN, "account-disabled", "该账号已停用，请联系管理员");
        }
        throttle.recordSuccess(name);
        AppUser loggedIn = users.update(user.withLastLogin(clock.instant()));
        audit.record(user.id(), "login", "user", user.id(), null, address);
        return loggedIn;
    }
}
