package cn.pingxuan.results;

/** A revoked award stays on record: its certificate then verifies as revoked instead of unknown. */
public enum AwardStatus {
    ACTIVE("有效"),
    REVOKED("已撤销");

    private final String label;

    AwardStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
