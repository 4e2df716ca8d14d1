package cn.pingxuan.notice;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;

@Serdeable
public record NoticeView(long id, NoticeKind kind, String title, String body, @Nullable String link, boolean read,
                         @Nullable Instant readAt, Instant createdAt) {

    static NoticeView of(Notice notice) {
        return new NoticeView(notice.id(), notice.kind(), notice.title(), notice.body(), notice.link(),
                notice.readAt() != null, notice.readAt(), notice.createdAt());
    }

    /** What the bell shows. */
    @Serdeable
    public record UnreadCount(long unread) {
    }

    /** The outcome of "mark everything read". */
    @Serdeable
    public record MarkedRead(long marked) {
    }
}
