package cn.pingxuan.media;

public enum AssetStatus {
    PROCESSING("处理中"),
    READY("可用"),
    FAILED("失败");

    private final String label;

    AssetStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
