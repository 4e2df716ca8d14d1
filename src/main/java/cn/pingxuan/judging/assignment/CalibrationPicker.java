package cn.pingxuan.judging.assignment;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.function.Predicate;

/** Chooses the calibration entries: seeded within a category, round-robin over categories so all are linked. */
final class CalibrationPicker {

    private CalibrationPicker() {
    }

    /**
     * @param entries             in a stable order
     * @param judgeableByCategory whether every judge of the entry's category may judge it
     */
    static List<EntryToJudge> pick(List<EntryToJudge> entries, int size, Predicate<EntryToJudge> judgeableByCategory,
                                   Random random) {
        if (size == 0) {
            return List.of();
        }
        Map<Long, List<EntryToJudge>> byCategory = new TreeMap<>();
        for (EntryToJudge entry : entries) {
            if (judgeableByCategory.test(entry)) {
                byCategory.computeIfAbsent(entry.categoryId(), c -> new ArrayList<>()).add(entry);
            }
        }
        List<Deque<EntryToJudge>> queues = new ArrayList<>();
        for (List<EntryToJudge> candidates : byCategory.values()) {
            Collections.shuffle(candidates, random);
            queues.add(new ArrayDeque<>(candidates));
        }
        List<EntryToJudge> picked = new ArrayList<>();
        while (picked.size() < size && queues.stream().anyMatch(q -> !q.isEmpty())) {
            for (Deque<EntryToJudge> queue : queues) {
                if (!queue.isEmpty() && picked.size() < size) {
                    picked.add(queue.poll());
                }
            }
        }
        return picked;
    }
}
