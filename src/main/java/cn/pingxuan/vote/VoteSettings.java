package cn.pingxuan.vote;

import cn.pingxuan.account.Actor;
import cn.pingxuan.common.AuditLog;
import cn.pingxuan.common.FieldError;
import cn.pingxuan.common.ProblemException;
import cn.pingxuan.contest.Contest;
import cn.pingxuan.contest.ContestService;
import io.micronaut.http.HttpStatus;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

/** Organizers configuring a contest's public vote. */
@Singleton
class VoteSettings {

    private final VoteSettingRepository settings;
    private final ContestService contests;
    private final AuditLog audit;
    private final Clock clock;

    VoteSettings(VoteSettingRepository settings, ContestService contests, AuditLog audit, Clock clock) {
        this.settings = settings;
        this.contests = contests;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public VoteSettingView view(Actor actor, long contestId) {
        Contest contest = contests.requireManagedBy(actor, contestId);
        return settings.findById(contestId)
                .map(s -> VoteSettingView.of(contest.slug(), s, VoteSettingRules.frozen(s, clock.instant())))
                .orElseGet(() -> VoteSettingView.unconfigured(contestId, contest.slug()));
    }

    @Transactional
    public VoteSettingView save(Actor actor, long contestId, VoteSettingForm form, String ip) {
        Contest contest = contests.requireManagedBy(actor, contestId);
        List<FieldError> errors = VoteSettingRules.check(form);
        if (!errors.isEmpty()) {
            throw new ProblemException(HttpStatus.BAD_REQUEST, "validation", errors.get(0).message(), errors, null);
        }
        Instant now = clock.instant();
        VoteSetting current = settings.findById(contestId).orElse(null);
        if (VoteSettingRules.frozen(current, now)) {
            List<FieldError> frozen = VoteSettingRules.checkFrozen(current, form, now);
            if (!frozen.isEmpty()) {
                throw new ProblemException(HttpStatus.CONFLICT, "vote-frozen", frozen.get(0).message(), frozen, null);
            }
        }
        // whole seconds: databases round sub-second parts differently, and a window is judged to the second
        VoteSetting next = new VoteSetting(contestId, form.enabled(), form.opensAt().truncatedTo(ChronoUnit.SECONDS),
                form.closesAt().truncatedTo(ChronoUnit.SECONDS), form.dailyVotes(),
                form.hideCounts(), form.scoreShare().setScale(2, RoundingMode.UNNECESSARY),
                current == null ? null : current.version());
        VoteSetting saved = current == null ? settings.save(next) : settings.update(next);
        audit.record(actor.id(), "vote.setting", "contest", contestId, describe(current) + " → " + describe(saved), ip);
        return VoteSettingView.of(contest.slug(), saved, VoteSettingRules.frozen(saved, now));
    }

    private static String describe(VoteSetting s) {
        if (s == null) {
            return "未设置";
        }
        return (s.enabled() ? "开启" : "关闭") + " " + s.opensAt() + "–" + s.closesAt() + " 每天 " + s.dailyVotes()
                + " 票" + (s.hideCounts() ? " 隐藏票数" : " 公开票数") + " 占比 " + s.scoreShare().toPlainString() + "%";
    }
}
