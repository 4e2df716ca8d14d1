package cn.pingxuan.bench;

import cn.pingxuan.judging.assignment.AssignmentPlanner;
import cn.pingxuan.judging.assignment.AssignmentRequest;
import cn.pingxuan.judging.assignment.PlanResult;
import cn.pingxuan.judging.assignment.RandomContest;

import java.util.Arrays;
import java.util.Locale;
import java.util.Random;

/**
 * Planning time of the judge-assignment planner on a random contest, first call (cold JVM) and the median of warm
 * runs (after one untimed plan that checks the contest is feasible). Prints one line per pool kind: "homogeneous" (every judge covers every category: balanced within one) and
 * "mixed" (judges cover one or two categories and sit anywhere in the unit tree: loads as even as the pool allows).
 *
 * <pre>AssignmentPlanBench ENTRIES JUDGES K CALIBRATION RUNS</pre>
 */
public final class AssignmentPlanBench {

    private AssignmentPlanBench() {
    }

    public static void main(String[] args) {
        int entries = Integer.parseInt(args[0]);
        int judges = Integer.parseInt(args[1]);
        int k = Integer.parseInt(args[2]);
        int calibration = Integer.parseInt(args[3]);
        int runs = Integer.parseInt(args[4]);
        for (boolean homogeneous : new boolean[] {true, false}) {
            AssignmentRequest request = feasibleRequest(entries, judges, k, calibration, homogeneous);
            double[] millis = new double[runs];
            String outcome = "";
            for (int run = 0; run < runs; run++) {
                long started = System.nanoTime();
                PlanResult result = AssignmentPlanner.plan(request);
                millis[run] = (System.nanoTime() - started) / 1e6;
                outcome = describe(result);
            }
            double first = millis[0];
            Arrays.sort(millis);
            System.out.printf(Locale.ROOT, "%s: %d entries x %d judges x k=%d, calibration %d: first %.0f ms, "
                            + "median %.0f ms; %s%n", homogeneous ? "homogeneous" : "mixed", entries, judges, k,
                    calibration, first, millis[runs / 2], outcome);
        }
    }

    /** A mixed pool can leave entries without enough judges; the first contest that can be planned is timed. */
    private static AssignmentRequest feasibleRequest(int entries, int judges, int k, int calibration,
                                                     boolean homogeneous) {
        for (long contestSeed = 42; ; contestSeed++) {
            RandomContest contest = RandomContest.generate(new Random(contestSeed), 4, judges, entries, homogeneous);
            AssignmentRequest request = contest.request(k, contest.randomConflicts(new Random(7), entries / 20),
                    calibration, 1);
            if (AssignmentPlanner.plan(request) instanceof PlanResult.Planned) {
                return request;
            }
        }
    }

    private static String describe(PlanResult result) {
        if (result instanceof PlanResult.Planned planned) {
            var loads = planned.plan().loads().values();
            return "loads " + loads.stream().mapToInt(Integer::intValue).min().orElse(0) + ".."
                    + loads.stream().mapToInt(Integer::intValue).max().orElse(0)
                    + (planned.plan().loadNote() == null ? "" : " (" + planned.plan().loadNote() + ")");
        }
        return ((PlanResult.Infeasible) result).shortfalls().size() + " shortfalls";
    }
}
