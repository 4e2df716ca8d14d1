package cn.pingxuan.judging.assignment;

import cn.pingxuan.judging.assignment.Eligibility.Verdict;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** How the judges of an entry's category split over the verdicts: the material of the Chinese reasons. */
final class JudgeTally {

    private final Map<Verdict, Integer> counts = new EnumMap<>(Verdict.class);

    void add(Verdict verdict) {
        counts.merge(verdict, 1, Integer::sum);
    }

    int count(Verdict verdict) {
        return counts.getOrDefault(verdict, 0);
    }

    private int categoryJudges() {
        return counts.entrySet().stream().filter(e -> e.getKey() != Verdict.OTHER_CATEGORY)
                .mapToInt(Map.Entry::getValue).sum();
    }

    /** Whether every judge of the entry's category may judge it (the condition for a calibration entry). */
    boolean noneRuledOut() {
        return count(Verdict.UNIT_LINE) == 0 && count(Verdict.DECLARED_CONFLICT) == 0;
    }

    /** Why an entry cannot get {@code judgesPerEntry} judges; judges already on it count as available. */
    String shortfallReason(int judgesPerEntry) {
        int categoryJudges = categoryJudges();
        if (categoryJudges < judgesPerEntry) {
            return "本类别只有 " + categoryJudges + " 位评委，少于每件作品所需的 " + judgesPerEntry + " 位";
        }
        List<String> parts = exclusions();
        parts.add("可用评委只剩 " + (count(Verdict.ELIGIBLE) + count(Verdict.ALREADY_ON_ENTRY)) + " 位");
        return String.join("，", parts);
    }

    String noReplacementReason() {
        int categoryJudges = categoryJudges();
        if (categoryJudges == 0) {
            return "本类别没有评委，无法替换";
        }
        List<String> parts = new ArrayList<>();
        parts.add("本类别 " + categoryJudges + " 位评委中");
        if (count(Verdict.ALREADY_ON_ENTRY) > 0) {
            parts.add(count(Verdict.ALREADY_ON_ENTRY) + " 位已在评审此作品");
        }
        parts.addAll(exclusions());
        parts.add("没有可替换的评委");
        return String.join("，", parts);
    }

    private List<String> exclusions() {
        List<String> parts = new ArrayList<>();
        if (count(Verdict.UNIT_LINE) > 0) {
            parts.add(count(Verdict.UNIT_LINE) + " 位评委与作品同单位或上下级单位");
        }
        if (count(Verdict.DECLARED_CONFLICT) > 0) {
            parts.add(count(Verdict.DECLARED_CONFLICT) + " 位声明回避");
        }
        return parts;
    }
}
