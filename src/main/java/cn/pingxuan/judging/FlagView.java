package cn.pingxuan.judging;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import java.time.Instant;

/** A judge's flag on an entry, as the organizer handles it. */
@Serdeable
public record FlagView(long id, long entryId, @Nullable String entryCode, String entryTitle, String judgeName, FlagKind kind,
                       String kindLabel, String note, Instant createdAt, boolean resolved, @Nullable String resolution) {

    @Serdeable
    public record Resolution(@NotBlank(message = "请填写处理意见") @Size(max = 500, message = "处理意见不能超过 500 个字符")
                             String resolution) {
    }
}
