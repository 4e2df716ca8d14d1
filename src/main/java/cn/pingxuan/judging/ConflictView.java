package cn.pingxuan.judging;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

@Serdeable
public record ConflictView(long id, long judgeId, String judgeName, long entryId, @Nullable String entryCode,
                           String entryTitle, String reason) {
}
