package cn.pingxuan.vote;

import cn.pingxuan.common.FieldError;
import io.micronaut.core.annotation.Nullable;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** Checks vote settings: plain rules, and once voting has begun, only what may still change. */
final class VoteSettingRules {

    static final int MAX_DAILY_VOTES = 100;
    static final BigDecimal MAX_SCORE_SHARE = BigDecimal.valueOf(50);

    private VoteSettingRules() {
    }

    static List<FieldError> check(VoteSettingForm form) {
        List<FieldError> errors = new ArrayList<>();
        if (form.opensAt() == null) {
            errors.add(new FieldError("opensAt", "请填写投票开始时间"));
        }
        if (form.closesAt() == null) {
            errors.add(new FieldError("closesAt", "请填写投票结束时间"));
        } else if (form.opensAt() != null && !form.closesAt().isAfter(form.opensAt())) {
            errors.add(new FieldError("closesAt", "投票结束时间必须晚于开始时间"));
        }
        if (form.dailyVotes() == null || form.dailyVotes() < 1 || form.dailyVotes() > MAX_DAILY_VOTES) {
            errors.add(new FieldError("dailyVotes", "每人每天票数应在 1 到 " + MAX_DAILY_VOTES + " 之间"));
        }
        BigDecimal share = form.scoreShare();
        if (share == null || share.signum() < 0 || share.compareTo(MAX_SCORE_SHARE) > 0) {
            errors.add(new FieldError("scoreShare", "投票占总成绩的比例应在 0% 到 50% 之间"));
        } else if (share.stripTrailingZeros().scale() > 2) {
            errors.add(new FieldError("scoreShare", "投票占比最多保留两位小数"));
        }
        return errors;
    }

    /**
     * Once the window has opened the rules voters were given stand: only extending the end and showing or hiding the
     * counts remain possible.
     */
    static List<FieldError> checkFrozen(VoteSetting current, VoteSettingForm form, Instant now) {
        List<FieldError> errors = new ArrayList<>();
        String frozen = "投票已经开始，不能再修改此项";
        if (form.enabled() != current.enabled()) {
            errors.add(new FieldError("enabled", frozen));
        }
        if (form.opensAt() == null || !form.opensAt().truncatedTo(ChronoUnit.SECONDS).equals(current.opensAt())) {
            errors.add(new FieldError("opensAt", frozen));
        }
        if (!Objects.equals(form.dailyVotes(), current.dailyVotes())) {
            errors.add(new FieldError("dailyVotes", frozen));
        }
        if (!sameShare(form.scoreShare(), current.scoreShare())) {
            errors.add(new FieldError("scoreShare", frozen));
        }
        if (form.closesAt() != null && form.closesAt().isBefore(current.closesAt())) {
            errors.add(new FieldError("closesAt", "投票开始后只能延后结束时间"));
        } else if (form.closesAt() != null && !form.closesAt().isAfter(now) && !form.closesAt().equals(current.closesAt())) {
            errors.add(new FieldError("closesAt", "新的结束时间必须晚于现在"));
        }
        return errors;
    }

    static boolean frozen(@Nullable VoteSetting current, Instant now) {
        return current != null && current.enabled() && !now.isBefore(current.opensAt());
    }

    private static boolean sameShare(@Nullable BigDecimal a, BigDecimal b) {
        return a != null && a.compareTo(b) == 0;
    }
}
