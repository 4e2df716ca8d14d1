package cn.pingxuan.notice;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.DateCreated;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/** One message to one user, written in the transaction of the change it reports. */
@MappedEntity("notice")
public record Notice(
        @Id @GeneratedValue @Nullable Long id,
        long userId,
        NoticeKind kind,
        @Nullable Long entryId,
        String title,
        String body,
        @Nullable String link,
        @Nullable Instant readAt,
        @DateCreated @Nullable Instant createdAt) {

    Notice readAt(Instant at) {
        return new Notice(id, userId, kind, entryId, title, body, link, at, createdAt);
    }
}
