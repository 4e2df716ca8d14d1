package cn.pingxuan.account;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.DateCreated;
import io.micronaut.data.annotation.DateUpdated;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.MappedProperty;
import io.micronaut.data.annotation.TypeDef;
import io.micronaut.data.annotation.Version;
import io.micronaut.data.model.DataType;

import java.time.Instant;
import java.util.Set;

/**
 * A person who signs in: student (学号), teacher, judge or staff (工号).
 * {@code sessionEpoch} is bumped by every security-relevant change (password, roles, deactivation)
 * and is part of the session token, so such a change ends the sessions already handed out.
 */
@MappedEntity("app_user")
public record AppUser(
        @Id @GeneratedValue @Nullable Long id,
        String username,
        String displayName,
        @Nullable Long unitId,
        @TypeDef(type = DataType.STRING, converter = RoleSetConverter.class) @MappedProperty("roles") Set<Role> roles,
        String passwordHash,
        boolean mustChangePassword,
        boolean active,
        int sessionEpoch,
        @Nullable Instant lastLoginAt,
        @Nullable String email,
        @DateCreated @Nullable Instant createdAt,
        @DateUpdated @Nullable Instant updatedAt,
        @Version @Nullable Long version) {

    public static AppUser create(String username, String displayName, @Nullable Long unitId, Set<Role> roles,
                                 String passwordHash, boolean mustChangePassword) {
        return new AppUser(null, username, displayName, unitId, Set.copyOf(roles), passwordHash, mustChangePassword,
                true, 0, null, null, null, null, null);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public AppUser withProfile(String newDisplayName, @Nullable Long newUnitId, Set<Role> newRoles) {
        int epoch = newRoles.equals(roles) ? sessionEpoch : sessionEpoch + 1;
        return new AppUser(id, username, newDisplayName, newUnitId, Set.copyOf(newRoles), passwordHash,
                mustChangePassword, active, epoch, lastLoginAt, email, createdAt, updatedAt, version);
    }

    public AppUser withPassword(String newHash, boolean mustChange) {
        return new AppUser(id, username, displayName, unitId, roles, newHash, mustChange, active,
                sessionEpoch + 1, lastLoginAt, email, createdAt, updatedAt, version);
    }

    public AppUser withActive(boolean newActive) {
        return new AppUser(id, username, displayName, unitId, roles, passwordHash, mustChangePassword, newActive,
                sessionEpoch + 1, lastLoginAt, email, createdAt, updatedAt, version);
    }

    /** The address notice copies go to; not security-relevant, so sessions stay. */
    public AppUser withEmail(@Nullable String newEmail) {
        return new AppUser(id, username, displayName, unitId, roles, passwordHash, mustChangePassword, active,
                sessionEpoch, lastLoginAt, newEmail, createdAt, updatedAt, version);
    }

    public AppUser withLastLogin(Instant at) {
        return new AppUser(id, username, displayName, unitId, roles, passwordHash, mustChangePassword, active,
                sessionEpoch, at, email, createdAt, updatedAt, version);
    }
}
