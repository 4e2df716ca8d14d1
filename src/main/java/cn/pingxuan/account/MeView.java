package cn.pingxuan.account;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

@Serdeable
public record MeView(long id, String username, String displayName, List<Role> roles, @Nullable UnitRef unit,
                     boolean mustChangePassword, @Nullable String email) {

    @Serdeable
    public record UnitRef(long id, String name, String path) {
    }
}
