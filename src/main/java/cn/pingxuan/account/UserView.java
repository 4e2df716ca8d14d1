package cn.pingxuan.account;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.List;

@Serdeable
public record UserView(long id, String username, String displayName, @Nullable Long unitId, @Nullable String unitName,
                       @Nullable String unitPath, List<Role> roles, boolean active, boolean mustChangePassword,
                       @Nullable Instant lastLoginAt, Instant createdAt) {

    static UserView of(AppUser user, UnitDirectory units) {
        return new UserView(user.id(), user.username(), user.displayName(), user.unitId(),
                units.get(user.unitId()).map(OrgUnit::name).orElse(null), units.pathName(user.unitId()),
                user.roles().stream().sorted().toList(), user.active(), user.mustChangePassword(),
                user.lastLoginAt(), user.createdAt());
    }
}
