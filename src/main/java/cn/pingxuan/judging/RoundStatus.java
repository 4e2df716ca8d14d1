package cn.pingxuan.judging;

/** A round's life: set up, scored, locked (scores immutable, ranking kept), finalized (advancement applied). */
public enum RoundStatus {
    SETUP("筹备中"),
    OPEN("评审中"),
    LOCKED("已锁定"),
    FINALIZED("已完成");

    private final String label;

    RoundStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
