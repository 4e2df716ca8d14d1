package cn.pingxuan.judging.assignment;

import java.util.List;

/** Either a plan, or every entry that cannot get its judges (and then no plan at all). */
public sealed interface PlanResult {

    record Planned(AssignmentPlan plan) implements PlanResult {
    }

    record Infeasible(List<Shortfall> shortfalls) implements PlanResult {
        public Infeasible {
            shortfalls = List.copyOf(shortfalls);
        }
    }
}
