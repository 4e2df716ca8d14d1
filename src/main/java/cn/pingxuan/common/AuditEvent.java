package cn.pingxuan.common;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/** Who did what to which record, and when: kept for every administrative, scoring and publication change. */
@MappedEntity("audit_event")
public record AuditEvent(
        @Id @GeneratedValue @Nullable Long id,
        Instant occurredAt,
        @Nullable Long actorId,
        String action,
        String subjectType,
        @Nullable String subjectId,
        @Nullable String detail,
        @Nullable String ip) {
}
