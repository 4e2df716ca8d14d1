package cn.pingxuan.notice;

/** What a notice tells a student about their entry. */
public enum NoticeKind {
    SCREENING_APPROVED,
    SCREENING_REJECTED,
    RETURNED,
    RECOMMENDED,
    RECOMMENDATION_WITHDRAWN,
    ADVANCED,
    ELIMINATED,
    AWARDED
}
