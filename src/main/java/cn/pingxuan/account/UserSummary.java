package cn.pingxuan.account;

import io.micronaut.core.annotation.Nullable;

import java.util.Set;

/** What other features may know of a user: never the password hash or session state. */
public record UserSummary(long id, String username, String displayName, @Nullable Long unitId, Set<Role> roles, boolean active) {

    static UserSummary of(AppUser user) {
        return new UserSummary(user.id(), user.username(), user.displayName(), user.unitId(), user.roles(), user.active());
    }
}
