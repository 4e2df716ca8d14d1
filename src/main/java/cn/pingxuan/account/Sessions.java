package cn.pingxuan.account;

import cn.pingxuan.common.ProblemException;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpStatus;
import io.micronaut.security.authentication.Authentication;
import jakarta.inject.Singleton;

import java.util.Map;
import java.util.Optional;

/**
 * Bridges the session token and the database: the token names the user and the session epoch it was
 * issued for; every request re-reads the user, so deactivation or a password reset takes effect at once.
 */
@Singleton
public class Sessions {

    static final String USER_ID = "uid";
    static final String EPOCH = "epoch";

    private final UserRepository users;
    private final OrgUnitRepository units;

    Sessions(UserRepository users, OrgUnitRepository units) {
        this.users = users;
        this.units = units;
    }

    Authentication authenticationFor(AppUser user) {
        return Authentication.build(user.username(), user.roles().stream().map(Role::name).toList(),
                Map.of(USER_ID, user.id(), EPOCH, user.sessionEpoch()));
    }

    /**
     * The actor behind a request, or 401 when the session no longer stands. An account still on its
     * one-time password may do nothing else until it has chosen its own (403 password-change-required).
     */
    public Actor require(Authentication authentication) {
        AppUser user = load(authentication);
        if (user.mustChangePassword()) {
            throw new ProblemException(HttpStatus.FORBIDDEN, "password-change-required", "请先修改初始密码");
        }
        return actorOf(user);
    }

    /** The actor of a public page's visitor, when there is a valid, usable session; anonymous otherwise. */
    public Optional<Actor> optional(@Nullable Authentication authentication) {
        if (authentication == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(require(authentication));
        } catch (ProblemException noUsableSession) {
            return Optional.empty();
        }
    }

    /** Like {@link #require}, for the few calls a user on a one-time password may make: see and change their account. */
    public Actor requireAllowingInitialPassword(Authentication authentication) {
        return actorOf(load(authentication));
    }

    /** The actor a user would be when signed in; for start-up work done in a user's name (demo data). */
    public Optional<Actor> actorOf(UserSummary user) {
        return users.findById(user.id()).filter(AppUser::active).map(this::actorOf);
    }

    private Actor actorOf(AppUser user) {
        return new Actor(user.id(), user.username(), user.displayName(), user.roles(),
                user.unitId() == null ? null : units.findById(user.unitId()).orElse(null));
    }

    private AppUser load(Authentication authentication) {
        Map<String, Object> attributes = authentication.getAttributes();
        if (!(attributes.get(USER_ID) instanceof Number id) || !(attributes.get(EPOCH) instanceof Number epoch)) {
            throw expired();
        }
        return users.findById(id.longValue())
                .filter(AppUser::active)
                .filter(u -> u.sessionEpoch() == epoch.intValue())
                .orElseThrow(Sessions::expired);
    }

    private static ProblemException expired() {
        return new ProblemException(HttpStatus.UNAUTHORIZED, "session-expired", "登录已失效，请重新登录");
    }
}
