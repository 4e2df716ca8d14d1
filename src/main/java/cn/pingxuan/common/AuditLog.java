package cn.pingxuan.common;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

@Singleton
public class AuditLog {

    private final AuditEventRepository events;
    private final Clock clock;

    AuditLog(AuditEventRepository events, Clock clock) {
        this.events = events;
        this.clock = clock;
    }

    /** Records an event inside the caller's transaction, so it stands or falls with the change it describes. */
    public void record(@Nullable Long actorId, String action, String subjectType, @Nullable Object subjectId,
                       @Nullable String detail, @Nullable String ip) {
        events.save(new AuditEvent(null, Instant.now(clock), actorId, action, subjectType,
                subjectId == null ? null : subjectId.toString(), detail, ip));
    }

    public List<AuditEvent> history(String subjectType, Object subjectId) {
        return events.findBySubjectTypeAndSubjectIdOrderByIdDesc(subjectType, subjectId.toString());
    }
}
