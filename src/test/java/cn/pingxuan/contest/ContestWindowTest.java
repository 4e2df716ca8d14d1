package cn.pingxuan.contest;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ContestWindowTest {

    private static final Instant OPENS = Instant.parse("2026-03-01T00:00:00Z");
    private static final Instant CLOSES = Instant.parse("2026-03-31T15:59:59Z");

    @Test
    void theWindowIsOpenFromItsFirstSecondUntilTheSecondBeforeClosing() {
        Contest open = contest(ContestStatus.OPEN);

        assertThat(open.acceptsSubmissionsAt(OPENS.minusSeconds(1))).isFalse();
        assertThat(open.acceptsSubmissionsAt(OPENS)).isTrue();
        assertThat(open.acceptsSubmissionsAt(CLOSES.minusSeconds(1))).isTrue();
        assertThat(open.acceptsSubmissionsAt(CLOSES)).isFalse();
        assertThat(open.acceptsSubmissionsAt(CLOSES.plusSeconds(1))).isFalse();
    }

    @Test
    void onlyAnOpenContestAcceptsSubmissionsWhateverTheClock() {
        Instant inside = OPENS.plusSeconds(3600);
        for (ContestStatus status : ContestStatus.values()) {
            assertThat(contest(status).acceptsSubmissionsAt(inside)).as(status.name()).isEqualTo(status == ContestStatus.OPEN);
        }
    }

    @Test
    void statusEdgesFollowTheContestsLife() {
        assertThat(allowed(ContestStatus.DRAFT)).containsExactly(ContestStatus.OPEN);
        assertThat(allowed(ContestStatus.OPEN)).containsExactly(ContestStatus.CLOSED);
        assertThat(allowed(ContestStatus.CLOSED)).containsExactly(ContestStatus.OPEN, ContestStatus.JUDGING);
        assertThat(allowed(ContestStatus.JUDGING)).containsExactly(ContestStatus.PUBLICITY);
        assertThat(allowed(ContestStatus.PUBLICITY)).containsExactly(ContestStatus.PUBLISHED);
        assertThat(allowed(ContestStatus.PUBLISHED)).containsExactly(ContestStatus.ARCHIVED);
        assertThat(allowed(ContestStatus.ARCHIVED)).isEmpty();
    }

    private static List<ContestStatus> allowed(ContestStatus from) {
        return Arrays.stream(ContestStatus.values()).filter(from::canMoveTo).toList();
    }

    private static Contest contest(ContestStatus status) {
        return new Contest(1L, "c", "t", null, "", "", null, 1, 1, status, "Asia/Shanghai", OPENS, CLOSES, null, null,
                null, null, 1, 1, false, "承诺", false, List.of(), 1, null, null, null);
    }
}
