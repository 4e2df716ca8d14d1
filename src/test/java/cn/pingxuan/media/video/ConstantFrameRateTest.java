package cn.pingxuan.media.video;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The output rate follows the source's average, capped at 30 and snapped to standard rates. */
class ConstantFrameRateTest {

    @Test
    void standardRatesStay() {
        assertThat(fps(24000 / 1001.0)).isEqualTo(24000 / 1001.0);
        assertThat(fps(25)).isEqualTo(25);
        assertThat(fps(30000 / 1001.0)).isEqualTo(30000 / 1001.0);
        assertThat(fps(30)).isEqualTo(30);
    }

    @Test
    void fasterSourcesAreCappedAt30() {
        assertThat(fps(60)).isEqualTo(30);
        assertThat(fps(60000 / 1001.0)).isEqualTo(30);
        assertThat(fps(37.5)).isEqualTo(30);
        assertThat(fps(240)).isEqualTo(30);
    }

    @Test
    void variableRateAveragesSnapToTheNearestStandardRateOrAWholeNumber() {
        assertThat(fps(29.87)).isEqualTo(30000 / 1001.0);
        assertThat(fps(29.99)).isEqualTo(30);
        assertThat(fps(23.95)).isEqualTo(24000 / 1001.0);
        assertThat(fps(15.2)).isEqualTo(15);
        assertThat(fps(0.4)).isEqualTo(1);
    }

    @Test
    void anUnknownRateIs30() {
        assertThat(fps(0)).isEqualTo(30);
        assertThat(fps(Double.NaN)).isEqualTo(30);
        assertThat(fps(90_000)).isEqualTo(30);
    }

    @Test
    void framesFallInTheNearestSlotCountedFromTheStart() {
        ConstantFrameRate grid = new ConstantFrameRate(30, 1_000_000);

        assertThat(grid.slotOf(1_000_000)).isZero();
        assertThat(grid.slotOf(1_016_000)).isZero();
        assertThat(grid.slotOf(1_017_000)).isEqualTo(1);
        assertThat(grid.slotOf(2_000_000)).isEqualTo(30);
        assertThat(grid.slotOf(900_000)).isNegative();
        assertThat(grid.millisOf(45)).isEqualTo(1500);
    }

    private static double fps(double average) {
        return ConstantFrameRate.forSource(average, 0).fps();
    }
}
