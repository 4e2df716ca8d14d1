package cn.pingxuan.vote;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** Voids every vote of one address or one user in a contest; exactly one of {@code ip} and {@code userId}. */
@Serdeable
public record VoteVoidForm(@Nullable String ip, @Nullable Long userId, @Nullable String reason) {

    @Serdeable
    public record Result(long voided) {
    }
}
