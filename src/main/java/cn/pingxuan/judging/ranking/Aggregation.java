package cn.pingxuan.judging.ranking;

/** How the judges' totals of an entry become one score. {@link #ADDITIVE} is the default for a new round. */
public enum Aggregation {
    /** The mean of the entry's totals. */
    MEAN("平均分"),
    /** The mean without one highest and one lowest total, from 5 totals on (fewer: the plain mean). */
    TRIMMED_MEAN("去掉最高最低分后平均"),
    /** The middle total, or the mean of the two middle ones. */
    MEDIAN("中位数"),
    /** The mean of the judges' standard scores, back on the points scale (see {@code ZScores}). */
    ZSCORE("标准分"),
    /** The entry's quality in the judge-severity model, fitted over the whole design (see {@code AdditiveModel}). */
    ADDITIVE("评委宽严校正");

    private final String label;

    Aggregation(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
