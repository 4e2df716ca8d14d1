package cn.pingxuan.notice;

import cn.pingxuan.account.Actor;
import cn.pingxuan.common.PageResult;
import cn.pingxuan.common.ProblemException;
import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.time.Clock;

/** A user's own notices; anyone else's answer 404, as if they did not exist. */
@Singleton
public class NoticeService {

    private static final int MAX_PAGE_SIZE = 100;

    private final NoticeRepository notices;
    private final Clock clock;

    NoticeService(NoticeRepository notices, Clock clock) {
        this.notices = notices;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public PageResult<NoticeView> mine(Actor actor, boolean unreadOnly, int page, int size) {
        int pageSize = Math.max(1, Math.min(size, MAX_PAGE_SIZE));
        Pageable pageable = Pageable.from(Math.max(0, page), pageSize);
        Page<Notice> found = unreadOnly ? notices.mineUnread(actor.id(), pageable) : notices.mine(actor.id(), pageable);
        return new PageResult<>(found.getContent().stream().map(NoticeView::of).toList(), found.getTotalSize(),
                found.getPageNumber(), pageSize);
    }

    @Transactional(readOnly = true)
    public NoticeView.UnreadCount unread(Actor actor) {
        return new NoticeView.UnreadCount(notices.countUnread(actor.id()));
    }

    @Transactional
    public NoticeView markRead(Actor actor, long id) {
        Notice notice = notices.findByIdAndUserId(id, actor.id()).orElseThrow(() -> ProblemException.notFound("通知不存在"));
        return NoticeView.of(notice.readAt() != null ? notice : notices.update(notice.readAt(clock.instant())));
    }

    @Transactional
    public NoticeView.MarkedRead markAllRead(Actor actor) {
        return new NoticeView.MarkedRead(notices.markAllRead(actor.id(), clock.instant()));
    }
}
