package cn.pingxuan.notice;

import cn.pingxuan.account.Sessions;
import cn.pingxuan.common.PageResult;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.tags.Tag;

@Controller("/api/me/notices")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "notices")
class NoticeController {

    private final Sessions sessions;
    private final NoticeService notices;

    NoticeController(Sessions sessions, NoticeService notices) {
        this.sessions = sessions;
        this.notices = notices;
    }

    @Get
    PageResult<NoticeView> mine(@QueryValue(defaultValue = "0") int page, @QueryValue(defaultValue = "20") int size,
                                @Nullable @QueryValue Boolean unread, Authentication authentication) {
        return notices.mine(sessions.require(authentication), Boolean.TRUE.equals(unread), page, size);
    }

    @Get("/unread-count")
    NoticeView.UnreadCount unreadCount(Authentication authentication) {
        return notices.unread(sessions.require(authentication));
    }

    @Post("/{id}/read")
    NoticeView markRead(@PathVariable long id, Authentication authentication) {
        return notices.markRead(sessions.require(authentication), id);
    }

    @Post("/read-all")
    NoticeView.MarkedRead markAllRead(Authentication authentication) {
        return notices.markAllRead(sessions.require(authentication));
    }
}
