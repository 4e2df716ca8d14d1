package cn.pingxuan.results;

/** How many entries a tier takes: a fixed number, or a percentage of the ranked entries of the category. */
public enum QuotaKind {
    COUNT,
    PERCENT
}
