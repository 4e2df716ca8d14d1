package cn.pingxuan.vote;

import cn.pingxuan.contest.Contest;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/** A public contest with its enabled vote. */
record VoteContext(Contest contest, VoteSetting setting) {

    long contestId() {
        return contest.id();
    }

    /** The voting day: the date in the contest's zone (Asia/Shanghai), so a day turns at local midnight. */
    LocalDate dayAt(Instant now) {
        return LocalDate.ofInstant(now, ZoneId.of(contest.zone()));
    }

    boolean countsVisibleAt(Instant now) {
        return !setting.hideCounts() || !now.isBefore(setting.closesAt());
    }
}
