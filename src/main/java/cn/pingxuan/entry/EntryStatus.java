package cn.pingxuan.entry;

/** Where a work stands, from the student's draft to an award. */
public enum EntryStatus {
    DRAFT("草稿"),
    SUBMITTED("已提交，待审查"),
    ELIGIBLE("审查通过"),
    REJECTED("审查未通过"),
    RECOMMENDED("已推荐"),
    IN_JUDGING("评审中"),
    ADVANCED("晋级"),
    ELIMINATED("未晋级"),
    AWARDED("获奖"),
    WITHDRAWN("已撤回");

    private final String label;

    EntryStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The student may still change the work (while the window is open). */
    public boolean editableByStudent() {
        return this == DRAFT || this == SUBMITTED || this == ELIGIBLE || this == REJECTED || this == WITHDRAWN;
    }

    /** Counts against the per-student limit: everything but a withdrawn entry. */
    public boolean countsTowardsLimit() {
        return this != WITHDRAWN;
    }
}
