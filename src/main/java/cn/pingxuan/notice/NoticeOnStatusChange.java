package cn.pingxuan.notice;

import cn.pingxuan.account.UserLookup;
import cn.pingxuan.contest.ContestService;
import cn.pingxuan.entry.EntryStatusChanged;
import cn.pingxuan.entry.EntryUsers;
import cn.pingxuan.jobs.JobType;
import cn.pingxuan.jobs.Jobs;
import io.micronaut.context.event.ApplicationEventListener;
import jakarta.inject.Singleton;

import java.util.List;

/**
 * Writes the students' notices in the transaction of the status change, so a notice exists exactly when the
 * change committed; the e-mail copy is a job queued in the same transaction and sent later by a worker.
 */
@Singleton
class NoticeOnStatusChange implements ApplicationEventListener<EntryStatusChanged> {

    private static final int MAX_TITLE = 200;

    private final NoticeRepository notices;
    private final EntryUsers entryUsers;
    private final ContestService contests;
    private final UserLookup users;
    private final MailProperties mail;
    private final Jobs jobs;

    NoticeOnStatusChange(NoticeRepository notices, EntryUsers entryUsers, ContestService contests, UserLookup users,
                         MailProperties mail, Jobs jobs) {
        this.notices = notices;
        this.entryUsers = entryUsers;
        this.contests = contests;
        this.users = users;
        this.mail = mail;
        this.jobs = jobs;
    }

    @Override
    public void onApplicationEvent(EntryStatusChanged change) {
        List<Long> recipients = entryUsers.userIdsOf(change.entryId());
        // the students' own steps (submit, edit, withdraw) are not news to them
        if (change.actorId() != null && recipients.contains(change.actorId())) {
            return;
        }
        NoticeText.of(change, contests.require(change.contestId()).title()).ifPresent(text -> {
            for (Long userId : recipients) {
                Notice notice = notices.save(new Notice(null, userId, text.kind(), change.entryId(), clamp(text.title()),
                        text.body(), "/entries/" + change.entryId(), null, null));
                if (mail.enabled() && users.emailOf(userId).isPresent()) {
                    jobs.enqueue(JobType.NOTICE_EMAIL, "notice-" + notice.id(), new NoticeMail(notice.id()));
                }
            }
        });
    }

    private static String clamp(String title) {
        return title.length() <= MAX_TITLE ? title : title.substring(0, MAX_TITLE - 1) + "…";
    }
}
