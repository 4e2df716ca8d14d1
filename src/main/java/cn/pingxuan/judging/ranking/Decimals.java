package cn.pingxuan.judging.ranking;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Scores are compared as they are displayed: rounded half-up to 2 decimals. */
final class Decimals {

    private Decimals() {
    }

    /**
     * The value in hundredths, rounded half-up. Goes through the shortest decimal form of the double (as
     * {@link BigDecimal#valueOf(double)} does), so 1.005 becomes 101 as a reader of "1.005" expects, not 100.
     */
    static long hundredths(double value) {
        return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP).unscaledValue().longValueExact();
    }

    static double rounded(double value) {
        return hundredths(value) / 100.0;
    }
}
