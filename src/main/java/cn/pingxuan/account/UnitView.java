package cn.pingxuan.account;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

@Serdeable
public record UnitView(long id, @Nullable Long parentId, String name, UnitKind kind, @Nullable String code,
                       String path, long userCount, long childCount) {
}
