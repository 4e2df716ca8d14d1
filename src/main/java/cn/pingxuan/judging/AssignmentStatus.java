package cn.pingxuan.judging;

/** A judge's work on one entry. */
public enum AssignmentStatus {
    ASSIGNED("未评"),
    DRAFT("草稿"),
    SUBMITTED("已提交"),
    RECUSED("已回避");

    private final String label;

    AssignmentStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Still part of the round's scoring (a recused assignment is kept only for the record). */
    public boolean active() {
        return this != RECUSED;
    }
}
