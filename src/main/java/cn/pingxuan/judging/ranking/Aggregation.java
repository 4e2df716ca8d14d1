package cn.pingxuan.judging.ranking;

/** How a round turns judges' totals into one score per entry. */
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
