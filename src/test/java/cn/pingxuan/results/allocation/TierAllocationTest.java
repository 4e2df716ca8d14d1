package cn.pingxuan.results.allocation;

import cn.pingxuan.results.QuotaKind;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

class TierAllocationTest {

    private static final TierQuota FIRST = new TierQuota(1, "一等奖", QuotaKind.COUNT, 1);
    private static final TierQuota SECOND = new TierQuota(2, "二等奖", QuotaKind.COUNT, 2);
    private static final TierQuota THIRD = new TierQuota(3, "三等奖", QuotaKind.PERCENT, 30);

    @Test
    void countsTakeConsecutiveStretchesOfTheRanking() {
        TierAllocation.Result result = TierAllocation.allocate(ranking(1, 2, 3, 4, 5, 6, 7, 8, 9, 10),
                List.of(FIRST, SECOND, THIRD), List.of());

        assertThat(tiers(result)).isEqualTo(Map.of(101L, 1L, 102L, 2L, 103L, 2L, 104L, 3L, 105L, 3L, 106L, 3L));
        assertThat(result.ties()).isEmpty();
        assertThat(result.complete()).isTrue();
    }

    @Test
    void percentagesRoundHalfUpOnTheNumberRanked() {
        TierQuota tenPercent = new TierQuota(9, "优秀奖", QuotaKind.PERCENT, 10);
        assertThat(tenPercent.seats(25)).as("2.5 rounds up").isEqualTo(3);
        assertThat(tenPercent.seats(24)).as("2.4 rounds down").isEqualTo(2);
        assertThat(tenPercent.seats(4)).as("0.4 gives nobody the tier").isZero();
        assertThat(new TierQuota(9, "x", QuotaKind.PERCENT, 15).seats(30)).as("4.5 with float error").isEqualTo(5);

        TierAllocation.Result result = TierAllocation.allocate(ranking(1, 2, 3, 4, 5, 6, 7, 8, 9, 10),
                List.of(new TierQuota(1, "一等奖", QuotaKind.PERCENT, 10), new TierQuota(2, "二等奖", QuotaKind.PERCENT, 25)),
                List.of());
        assertThat(tiers(result)).isEqualTo(Map.of(101L, 1L, 102L, 2L, 103L, 2L, 104L, 2L));
    }

    @Test
    void aTieAcrossATierEdgeIsReportedAndHeldOutUntilDecided() {
        // three works tied at 2 start at the second place; 二等奖 (2 seats) ends after the third work
        List<RankedWork> ranking = ranking(1, 2, 2, 2, 5);

        TierAllocation.Result undecided = TierAllocation.allocate(ranking, List.of(FIRST, SECOND), List.of());

        assertThat(undecided.complete()).isFalse();
        assertThat(undecided.undecided()).containsExactly(new BoundaryTie(2, "二等奖", 2, List.of(102L, 103L, 104L), 2));
        assertThat(tiers(undecided)).as("the tied works get nothing until the organizer decides")
                .isEqualTo(Map.of(101L, 1L));
    }

    @Test
    void decidingATieUpwardsTakesSeatsFromTheTierBelow() {
        List<RankedWork> ranking = ranking(1, 2, 2, 4, 5, 6);
        TierQuota second = new TierQuota(2, "二等奖", QuotaKind.COUNT, 2);
        TierQuota third = new TierQuota(3, "三等奖", QuotaKind.COUNT, 2);

        TierAllocation.Result allUp = TierAllocation.allocate(ranking, List.of(FIRST, new TierQuota(2, "二等奖", QuotaKind.COUNT, 1), third),
                List.of(new TieDecision(2, 2, List.of(102L, 103L))));
        assertThat(tiers(allUp)).as("both tied works take 二等奖; 三等奖 keeps its edge after 4 works")
                .isEqualTo(Map.of(101L, 1L, 102L, 2L, 103L, 2L, 104L, 3L));

        TierAllocation.Result noneUp = TierAllocation.allocate(ranking, List.of(FIRST, new TierQuota(2, "二等奖", QuotaKind.COUNT, 1), third),
                List.of(new TieDecision(2, 2, List.of())));
        assertThat(tiers(noneUp)).as("nobody of the tie takes 二等奖; both fall to 三等奖")
                .isEqualTo(Map.of(101L, 1L, 102L, 3L, 103L, 3L));

        TierAllocation.Result fitting = TierAllocation.allocate(ranking, List.of(FIRST, second, third), List.of());
        assertThat(fitting.ties()).as("a tie that fits inside a tier is no boundary tie").isEmpty();
        assertThat(tiers(fitting)).isEqualTo(Map.of(101L, 1L, 102L, 2L, 103L, 2L, 104L, 3L, 105L, 3L));
    }

    @Test
    void aTieAtTheLastEdgeDecidesWhoGetsAnAwardAtAll() {
        TierAllocation.Result result = TierAllocation.allocate(ranking(1, 2, 2), List.of(FIRST, new TierQuota(2, "二等奖", QuotaKind.COUNT, 1)),
                List.of(new TieDecision(2, 2, List.of(103L))));

        assertThat(tiers(result)).isEqualTo(Map.of(101L, 1L, 103L, 2L));
        assertThat(result.ties()).hasSize(1);
    }

    @Test
    void aTieSpanningTwoEdgesIsDecidedAtEachEdge() {
        // four works tied at 2: 二等奖 has 1 seat left and 三等奖 2 after it
        List<RankedWork> ranking = ranking(1, 2, 2, 2, 2);
        List<TierQuota> tiers = List.of(FIRST, new TierQuota(2, "二等奖", QuotaKind.COUNT, 1), new TierQuota(3, "三等奖", QuotaKind.COUNT, 2));

        TierAllocation.Result firstEdgeOnly = TierAllocation.allocate(ranking, tiers, List.of(new TieDecision(2, 2, List.of(102L))));
        assertThat(firstEdgeOnly.undecided()).containsExactly(new BoundaryTie(3, "三等奖", 2, List.of(103L, 104L, 105L), 2));

        TierAllocation.Result both = TierAllocation.allocate(ranking, tiers,
                List.of(new TieDecision(2, 2, List.of(102L)), new TieDecision(3, 2, List.of(103L, 104L, 105L))));
        assertThat(tiers(both)).isEqualTo(Map.of(101L, 1L, 102L, 2L, 103L, 3L, 104L, 3L, 105L, 3L));
        assertThat(both.complete()).isTrue();
    }

    @Test
    void moreSeatsThanWorksAwardsEveryone() {
        TierAllocation.Result result = TierAllocation.allocate(ranking(1, 2), List.of(FIRST, SECOND, THIRD), List.of());

        assertThat(tiers(result)).isEqualTo(Map.of(101L, 1L, 102L, 2L));
    }

    /** Works 101, 102, … at the given placings, scores falling. */
    private static List<RankedWork> ranking(int... placings) {
        List<RankedWork> works = new ArrayList<>();
        for (int i = 0; i < placings.length; i++) {
            works.add(new RankedWork(101 + i, placings[i], 100 - placings[i]));
        }
        return works;
    }

    private static Map<Long, Long> tiers(TierAllocation.Result result) {
        return result.placed().stream().collect(Collectors.toMap(TierAllocation.Placed::entryId, TierAllocation.Placed::tierId));
    }
}
