package cn.pingxuan.account;

import io.micronaut.core.annotation.Nullable;

import java.util.Set;

/** The signed-in user a request acts for, as the database has it right now. */
public record Actor(long id, String username, String displayName, Set<Role> roles, @Nullable OrgUnit unit) {

    public boolean has(Role role) {
        return roles.contains(role);
    }

    @Nullable
    public Long unitId() {
        return unit == null ? null : unit.id();
    }
}
