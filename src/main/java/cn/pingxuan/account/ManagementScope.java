package cn.pingxuan.account;

import cn.pingxuan.common.ProblemException;
import io.micronaut.core.annotation.Nullable;

import java.util.EnumSet;
import java.util.Set;

/**
 * Whom an actor may administer: an admin everyone; a unit admin the students of their own unit and the
 * units below it; anyone else nobody.
 */
record ManagementScope(@Nullable OrgUnit root, Set<Role> assignableRoles) {

    static ManagementScope of(Actor actor) {
        if (actor.has(Role.ADMIN)) {
            return new ManagementScope(null, EnumSet.allOf(Role.class));
        }
        if (actor.has(Role.UNIT_ADMIN) && actor.unit() != null) {
            return new ManagementScope(actor.unit(), EnumSet.of(Role.STUDENT));
        }
        throw ProblemException.forbidden("只有管理员或单位管理员可以管理用户");
    }

    boolean everything() {
        return root == null;
    }

    boolean covers(@Nullable OrgUnit unit) {
        return everything() || (unit != null && unit.isWithin(root));
    }

    boolean mayAssign(Set<Role> roles) {
        return assignableRoles.containsAll(roles);
    }

    /** A user is theirs when both the user's unit and every role the user holds are within reach. */
    boolean mayManage(AppUser user, @Nullable OrgUnit unitOfUser) {
        return covers(unitOfUser) && mayAssign(user.roles());
    }

    String unitPathPattern() {
        return everything() ? "%" : root.path() + "%";
    }
}
