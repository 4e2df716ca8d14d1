package cn.pingxuan.judging.ranking;

/** How the judges' totals of an entry become one score. {@link #ADDITIVE} is the default for a new round. */
public enum Aggregation {
    MEAN("平均分"),
    TRIMMED_MEAN("去掉最高最低分后平均"),
    MEDIAN("中位数"),
    ZSCORE("标准分"),
    ADDITIVE("评委宽严校正");

    private final String label;

    Aggregation(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
