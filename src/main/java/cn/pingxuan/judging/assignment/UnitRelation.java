package cn.pingxuan.judging.assignment;

import java.util.Map;

/** Whether two org units are on one line of the tree: the same unit, or one an ancestor of the other. */
@FunctionalInterface
public interface UnitRelation {

    boolean related(long unitA, long unitB);

    /**
     * Relation from materialised paths such as {@code "/1/5/12/"}: an ancestor's path is a prefix of its
     * descendants' (the trailing slash keeps unit 1 from looking like an ancestor of unit 12).
     * A unit without a path is an error rather than "unrelated", so a missing path cannot let a conflict through.
     */
    static UnitRelation byPaths(Map<Long, String> pathByUnitId) {
        Map<Long, String> paths = Map.copyOf(pathByUnitId);
        return (unitA, unitB) -> {
            if (unitA == unitB) {
                return true;
            }
            String pathA = pathOf(paths, unitA);
            String pathB = pathOf(paths, unitB);
            return pathA.startsWith(pathB) || pathB.startsWith(pathA);
        };
    }

    private static String pathOf(Map<Long, String> paths, long unitId) {
        String path = paths.get(unitId);
        if (path == null) {
            throw new IllegalArgumentException("no org-unit path for unit " + unitId);
        }
        return path.endsWith("/") ? path : path + "/";
    }
}
