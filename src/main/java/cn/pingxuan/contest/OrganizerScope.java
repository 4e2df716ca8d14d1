package cn.pingxuan.contest;

import cn.pingxuan.account.Actor;
import cn.pingxuan.account.OrgUnit;
import cn.pingxuan.account.Role;
import cn.pingxuan.common.ProblemException;

/** Which contests an actor may run: an admin all; an organizer those owned by their unit or a unit below it. */
record OrganizerScope(Actor actor) {

    static OrganizerScope of(Actor actor) {
        if (!actor.has(Role.ADMIN) && !(actor.has(Role.ORGANIZER) && actor.unit() != null)) {
            throw ProblemException.forbidden("只有组织者或管理员可以管理比赛");
        }
        return new OrganizerScope(actor);
    }

    boolean covers(OrgUnit unit) {
        return actor.has(Role.ADMIN) || unit.isWithin(actor.unit());
    }

    String ownerPathPattern() {
        return actor.has(Role.ADMIN) ? "%" : actor.unit().path() + "%";
    }
}
