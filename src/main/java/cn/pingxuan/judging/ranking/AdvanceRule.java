package cn.pingxuan.judging.ranking;

/**
 * Who advances from one category's ranking. Ties at the boundary all advance.
 *
 * @param value N for {@link Kind#TOP_N}, a percentage for {@link Kind#TOP_PERCENT}, the lowest advancing score
 *              for {@link Kind#THRESHOLD}
 * @throws IllegalArgumentException with a Chinese message for the user when the value does not fit the kind
 */
public record AdvanceRule(Kind kind, double value) {

    public enum Kind {
        TOP_N("前 N 名"),
        TOP_PERCENT("前百分比"),
        THRESHOLD("分数线");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public AdvanceRule {
        if (kind == null) {
            throw new IllegalArgumentException("请选择晋级规则");
        }
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("晋级规则的数值无效");
        }
        switch (kind) {
            case TOP_N -> require(value >= 1 && value == Math.rint(value), "晋级名额必须是不小于 1 的整数");
            case TOP_PERCENT -> require(value > 0 && value <= 100, "晋级比例必须大于 0 且不超过 100");
            case THRESHOLD -> require(value >= 0 && value <= 100, "晋级分数线必须在 0 到 100 之间");
        }
    }

    private static void require(boolean valid, String message) {
        if (!valid) {
            throw new IllegalArgumentException(message);
        }
    }
}
