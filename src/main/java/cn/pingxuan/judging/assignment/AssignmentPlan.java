package cn.pingxuan.judging.assignment;

import java.util.List;
import java.util.Map;

/**
 * A complete plan: every pair (kept ones included), the calibration entries, each pool judge's load, and a Chinese
 * note when the loads could not be kept within one of each other (null otherwise).
 */
public record AssignmentPlan(List<JudgeEntry> pairs, List<Long> calibrationEntries, Map<Long, Integer> loads,
                             String loadNote) {

    public AssignmentPlan {
        pairs = List.copyOf(pairs);
        calibrationEntries = List.copyOf(calibrationEntries);
        loads = Map.copyOf(loads);
    }
}
