package cn.pingxuan.jobs;

/** Every kind of background work; each has exactly one {@link JobHandler} (a test checks it). */
public enum JobType {
    /** Check a finished upload and make its web-ready derivatives. Payload: {@code MediaJob}. */
    MEDIA_PROCESS("media-process"),
    /** E-mail a copy of an in-app notice. Payload: {@code NoticeMail}. */
    NOTICE_EMAIL("notice-email");

    private final String taskName;

    JobType(String taskName) {
        this.taskName = taskName;
    }

    /** The name db-scheduler stores; never change it for an existing type, queued jobs refer to it. */
    public String taskName() {
        return taskName;
    }
}
