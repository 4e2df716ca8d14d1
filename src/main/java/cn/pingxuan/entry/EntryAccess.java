package cn.pingxuan.entry;

import cn.pingxuan.account.Actor;
import cn.pingxuan.account.OrgUnitService;
import cn.pingxuan.account.Role;
import cn.pingxuan.contest.ContestService;
import jakarta.inject.Singleton;

/**
 * Who may read an entry and its files: its submitter and platform team members, the organizers of its contest,
 * and the unit admins above its unit. (Judges see entries only through the blind judging views.)
 */
@Singleton
class EntryAccess {

    private final EntryMemberRepository members;
    private final ContestService contests;
    private final OrgUnitService units;

    EntryAccess(EntryMemberRepository members, ContestService contests, OrgUnitService units) {
        this.members = members;
        this.contests = contests;
        this.units = units;
    }

    boolean mayRead(Actor actor, Entry entry) {
        if (entry.submitterId() == actor.id()) {
            return true;
        }
        if (members.findByEntryIdOrderByOrdinal(entry.id()).stream().anyMatch(m -> Long.valueOf(actor.id()).equals(m.userId()))) {
            return true;
        }
        if (contests.manages(actor, contests.require(entry.contestId()))) {
            return true;
        }
        return actor.has(Role.UNIT_ADMIN) && actor.unit() != null
                && units.directory().get(entry.unitId()).map(unit -> unit.isWithin(actor.unit())).orElse(false);
    }
}
