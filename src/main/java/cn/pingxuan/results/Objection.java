package cn.pingxuan.results;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.DateCreated;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Version;

import java.time.Instant;

/** An objection (异议) against an entry on the publicity list, and the organizer's answer. */
@MappedEntity("objection")
public record Objection(
        @Id @GeneratedValue @Nullable Long id,
        long contestId,
        long entryId,
        long byUserId,
        String body,
        ObjectionStatus status,
        @Nullable String response,
        @Nullable Long respondedBy,
        @Nullable Instant respondedAt,
        @DateCreated @Nullable Instant createdAt,
        @Version @Nullable Long version) {

    Objection answered(ObjectionStatus outcome, String text, long by, Instant at) {
        return new Objection(id, contestId, entryId, byUserId, body, outcome, text, by, at, createdAt, version);
    }
}
