package cn.pingxuan.notice;

import cn.pingxuan.entry.EntryStatus;
import cn.pingxuan.entry.EntryStatusChanged;
import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** Which status changes are news to a student, and how they read. */
class NoticeTextTest {

    private static Optional<NoticeText> text(EntryStatus from, EntryStatus to, String reason, String award) {
        return NoticeText.of(new EntryStatusChanged(7, 3, "2026-V-0007", "指尖上的文明", from, to, reason, award, 1L),
                "争做好网民");
    }

    @Test
    void screeningOutcomesNameTheContestTheWorkAndTheReason() {
        NoticeText rejected = text(EntryStatus.SUBMITTED, EntryStatus.REJECTED, "缺少原创承诺书", null).orElseThrow();
        assertThat(rejected.kind()).isEqualTo(NoticeKind.SCREENING_REJECTED);
        assertThat(rejected.body()).isEqualTo("你在“争做好网民”中提交的作品《指尖上的文明》（编号 2026-V-0007）未通过资格审查。"
                + "原因：缺少原创承诺书。征集截止前，你可以修改作品后重新提交。");
        assertThat(text(EntryStatus.SUBMITTED, EntryStatus.REJECTED, "时长超标！", null).orElseThrow().body())
                .contains("原因：时长超标！征集截止前");
        assertThat(text(EntryStatus.REJECTED, EntryStatus.ELIGIBLE, null, null)).map(NoticeText::kind)
                .contains(NoticeKind.SCREENING_APPROVED);
        assertThat(text(EntryStatus.ELIGIBLE, EntryStatus.SUBMITTED, null, null)).map(NoticeText::kind)
                .contains(NoticeKind.RETURNED);
    }

    @Test
    void recommendationAndItsWithdrawal() {
        assertThat(text(EntryStatus.ELIGIBLE, EntryStatus.RECOMMENDED, null, null)).map(NoticeText::title)
                .contains("单位推荐：《指尖上的文明》");
        assertThat(text(EntryStatus.RECOMMENDED, EntryStatus.ELIGIBLE, null, null)).map(NoticeText::kind)
                .contains(NoticeKind.RECOMMENDATION_WITHDRAWN);
    }

    @Test
    void anAwardWithoutAKnownTierIsStillAnAward() {
        NoticeText award = text(EntryStatus.ADVANCED, EntryStatus.AWARDED, null, null).orElseThrow();
        assertThat(award.title()).isEqualTo("获奖：《指尖上的文明》");
        assertThat(award.body()).endsWith("获奖。").startsWith("恭喜！");
    }

    @Test
    void stepsThatAreNotNewsSendNothing() {
        assertThat(text(EntryStatus.DRAFT, EntryStatus.SUBMITTED, null, null)).isEmpty();
        assertThat(text(EntryStatus.SUBMITTED, EntryStatus.WITHDRAWN, null, null)).isEmpty();
        assertThat(text(EntryStatus.ADVANCED, EntryStatus.IN_JUDGING, null, null)).isEmpty();
        assertThat(text(EntryStatus.AWARDED, EntryStatus.ELIMINATED, null, null)).as("not a round's outcome").isEmpty();
        assertThat(text(EntryStatus.IN_JUDGING, EntryStatus.ELIMINATED, null, null)).map(NoticeText::kind)
                .contains(NoticeKind.ELIMINATED);
    }
}
