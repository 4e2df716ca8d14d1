package cn.pingxuan.notice;

import cn.pingxuan.account.UserLookup;
import cn.pingxuan.jobs.JobHandler;
import cn.pingxuan.jobs.JobType;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Mails a notice's copy; a failed delivery throws, so the job retries with backoff. */
@Singleton
class NoticeMailHandler implements JobHandler<NoticeMail> {

    private static final Logger LOG = LoggerFactory.getLogger(NoticeMailHandler.class);

    private final NoticeRepository notices;
    private final UserLookup users;
    private final MailProperties mail;
    private final NoticeMailer mailer;

    NoticeMailHandler(NoticeRepository notices, UserLookup users, MailProperties mail, NoticeMailer mailer) {
        this.notices = notices;
        this.users = users;
        this.mail = mail;
        this.mailer = mailer;
    }

    @Override
    public JobType type() {
        return JobType.NOTICE_EMAIL;
    }

    @Override
    public Class<NoticeMail> payloadType() {
        return NoticeMail.class;
    }

    @Override
    public void handle(NoticeMail payload) throws Exception {
        if (!mail.enabled()) {
            return;
        }
        Notice notice = notices.findById(payload.noticeId()).orElse(null);
        if (notice == null) {
            return;
        }
        // the address may have changed or been removed since the notice was written
        String to = users.emailOf(notice.userId()).orElse(null);
        if (to != null) {
            mailer.send(to, notice);
        }
    }

    @Override
    public void gaveUp(NoticeMail payload, Throwable lastFailure) {
        LOG.warn("Gave up e-mailing notice {}: {}", payload.noticeId(), lastFailure == null ? "" : lastFailure.toString());
    }
}
