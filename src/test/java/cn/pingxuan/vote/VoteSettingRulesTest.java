package cn.pingxuan.vote;

import cn.pingxuan.common.FieldError;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class VoteSettingRulesTest {

    private static final Instant OPENS = Instant.parse("2026-05-01T00:00:00Z");
    private static final Instant CLOSES = Instant.parse("2026-05-08T00:00:00Z");
    private static final VoteSetting RUNNING = new VoteSetting(1, true, OPENS, CLOSES, 3, true, new BigDecimal("10.00"), 0L);

    @Test
    void aSoundFormPasses() {
        assertThat(VoteSettingRules.check(form(OPENS, CLOSES, 3, true, "10"))).isEmpty();
        assertThat(VoteSettingRules.check(form(OPENS, CLOSES, 1, false, "0"))).isEmpty();
        assertThat(VoteSettingRules.check(form(OPENS, CLOSES, 100, false, "50"))).isEmpty();
    }

    @Test
    void eachProblemNamesItsField() {
        assertThat(fields(VoteSettingRules.check(form(null, null, 0, false, "50.5"))))
                .containsExactly("opensAt", "closesAt", "dailyVotes", "scoreShare");
        assertThat(VoteSettingRules.check(form(CLOSES, OPENS, 3, false, "-1")))
                .extracting(FieldError::message)
                .containsExactly("投票结束时间必须晚于开始时间", "投票占总成绩的比例应在 0% 到 50% 之间");
        assertThat(fields(VoteSettingRules.check(form(OPENS, CLOSES, 101, false, "1.005"))))
                .containsExactly("dailyVotes", "scoreShare");
    }

    @Test
    void aRunningVoteMayOnlyEndLaterAndShowOrHideItsCounts() {
        Instant now = OPENS.plusSeconds(60);
        assertThat(VoteSettingRules.frozen(RUNNING, now)).isTrue();
        assertThat(VoteSettingRules.frozen(RUNNING, OPENS.minusSeconds(1))).isFalse();
        assertThat(VoteSettingRules.checkFrozen(RUNNING, form(OPENS, CLOSES.plusSeconds(86_400), 3, false, "10.0"), now))
                .isEmpty();
        assertThat(fields(VoteSettingRules.checkFrozen(RUNNING, form(OPENS.plusSeconds(1), CLOSES.minusSeconds(1), 5,
                true, "20"), now))).containsExactly("opensAt", "dailyVotes", "scoreShare", "closesAt");
    }

    private static VoteSettingForm form(Instant opens, Instant closes, int daily, boolean hide, String share) {
        return new VoteSettingForm(true, opens, closes, daily, hide, new BigDecimal(share));
    }

    private static List<String> fields(List<FieldError> errors) {
        return errors.stream().map(FieldError::field).toList();
    }
}
