package cn.pingxuan.account;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

@Serdeable
public record UnitMove(@Nullable Long parentId) {
}
