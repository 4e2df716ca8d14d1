package cn.pingxuan.vote;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class BurstsTest {

    private static final Instant T0 = Instant.parse("2026-05-01T02:00:00Z");
    private static final Duration FIVE_MINUTES = Duration.ofMinutes(5);

    @Test
    void twentyVotesWithinFiveMinutesAreABurst() {
        List<Instant> times = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            times.add(T0.plusSeconds(i * 10L));
        }
        Bursts.Peak peak = Bursts.find(times, FIVE_MINUTES, 20, 5).orElseThrow();
        assertThat(peak.votes()).isEqualTo(20);
        assertThat(peak.from()).isEqualTo(T0);
        assertThat(peak.to()).isEqualTo(T0.plusSeconds(190));
    }

    @Test
    void aSteadyStreamIsNot() {
        List<Instant> times = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            times.add(T0.plus(Duration.ofMinutes(3L * i)));
        }
        assertThat(Bursts.find(times, FIVE_MINUTES, 20, 5)).isEmpty();
    }

    @Test
    void fiveTimesTheWorksUsualPaceIsABurstEvenBelowTheAbsoluteLimit() {
        List<Instant> times = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            times.add(T0.plus(Duration.ofMinutes(10L * i)));
        }
        Instant rush = T0.plus(Duration.ofHours(3));
        for (int i = 0; i < 6; i++) {
            times.add(rush.plusSeconds(i));
        }
        Bursts.Peak peak = Bursts.find(times, FIVE_MINUTES, 20, 5).orElseThrow();
        assertThat(peak.votes()).isEqualTo(6);
        assertThat(peak.medianPerWindow()).isEqualTo(1.0);
        assertThat(peak.from()).isEqualTo(rush);
    }

    @Test
    void aFewVotesCloseTogetherAreNoise() {
        List<Instant> times = List.of(T0, T0.plusSeconds(1), T0.plusSeconds(2));
        assertThat(Bursts.find(times, FIVE_MINUTES, 20, 5)).isEmpty();
    }

    @Test
    void theWindowExcludesItsEnd() {
        List<Instant> times = List.of(T0, T0.plus(FIVE_MINUTES));
        assertThat(Bursts.find(times, FIVE_MINUTES, 2, 100)).isEmpty();
        assertThat(Bursts.find(List.of(T0, T0.plus(FIVE_MINUTES).minusMillis(1)), FIVE_MINUTES, 2, 100)).isPresent();
    }
}
