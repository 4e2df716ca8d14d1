package cn.pingxuan.account;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** A generated one-time password, shown once to the administrator who created or reset the account. */
@Serdeable
public record IssuedPassword(@Nullable UserView user, String initialPassword) {
}
