package cn.pingxuan.judging.ranking;

/** A judge's scoring pattern worth the organizer's look (see {@link JudgeStatistics} for the thresholds). */
public enum Tendency {
    HARSH("偏严"),
    LENIENT("偏松"),
    FLAT("区分度低");

    private final String label;

    Tendency(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
