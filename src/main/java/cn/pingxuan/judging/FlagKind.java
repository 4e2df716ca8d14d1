package cn.pingxuan.judging;

/** Why a judge brings an entry to the organizer's attention. */
public enum FlagKind {
    PLAGIARISM("疑似抄袭"),
    OFF_TOPIC("偏离主题"),
    INELIGIBLE("不符合参赛要求"),
    OTHER("其他");

    private final String label;

    FlagKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
