package cn.pingxuan.results;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;

/** When the publicity period (公示期) ends. */
@Serdeable
public record PublicityForm(@Nullable Instant endsAt) {
}
