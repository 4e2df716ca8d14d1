package cn.pingxuan.results;

public enum ObjectionStatus {
    OPEN("待答复"),
    UPHELD("异议成立"),
    DISMISSED("异议不成立");

    private final String label;

    ObjectionStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
