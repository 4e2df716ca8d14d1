package cn.pingxuan.results;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;

/** An objection as its author and the organizers see it; {@code byName}/{@code byUnit} only for organizers. */
@Serdeable
public record ObjectionView(long id, long entryId, @Nullable String code, String title, @Nullable String tierName,
                            String body, ObjectionStatus status, String statusLabel, @Nullable String response,
                            @Nullable Instant respondedAt, @Nullable Instant createdAt, @Nullable String byName,
                            @Nullable String byUnit) {
}
