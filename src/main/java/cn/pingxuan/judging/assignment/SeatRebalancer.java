package cn.pingxuan.judging.assignment;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Evens out the judges between the extremes once the load window is as narrow as the pool allows: while some
 * judge could hand a seat, through a chain of swaps (judge → one of their entries → another candidate of it → …),
 * to a judge with at least two fewer, it does. Neither extreme can get worse, and when no such chain is left no
 * judge's load can be lowered without raising one that is at least as high (the loads are as even as they get).
 */
final class SeatRebalancer {

    private final int[] load;
    private final int[][] candidates;
    private final boolean[][] seated;
    /** Per judge: the {entry, candidate slot} pairs that name them. */
    private final List<List<int[]>> slotsByJudge;

    SeatRebalancer(int[] fixedLoad, int[][] candidates, int[][] chosen) {
        this.candidates = candidates;
        this.load = fixedLoad.clone();
        this.seated = new boolean[candidates.length][];
        this.slotsByJudge = new ArrayList<>();
        for (int judge = 0; judge < fixedLoad.length; judge++) {
            slotsByJudge.add(new ArrayList<>());
        }
        for (int entry = 0; entry < candidates.length; entry++) {
            seated[entry] = new boolean[candidates[entry].length];
            for (int slot = 0; slot < candidates[entry].length; slot++) {
                slotsByJudge.get(candidates[entry][slot]).add(new int[] {entry, slot});
                int judge = candidates[entry][slot];
                seated[entry][slot] = Arrays.stream(chosen[entry]).anyMatch(c -> c == judge);
            }
        }
        for (int[] picked : chosen) {
            for (int judge : picked) {
                load[judge]++;
            }
        }
    }

    int[][] rebalance() {
        boolean moved = true;
        while (moved) {
            moved = false;
            Integer[] busiestFirst = IntStream.range(0, load.length).boxed()
                    .sorted(Comparator.comparingInt((Integer judge) -> -load[judge]).thenComparingInt(j -> j))
                    .toArray(Integer[]::new);
            for (int judge : busiestFirst) {
                while (handOverOneSeat(judge)) {
                    moved = true;
                }
            }
        }
        return chosen();
    }

    /** Breadth-first over swap chains from {@code from}; shifts the shortest chain to a judge two or more below. */
    private boolean handOverOneSeat(int from) {
        int judges = load.length;
        int[] cameFromEntry = new int[judges];
        int[] cameFromSlot = new int[judges];
        int[] previousJudge = new int[judges];
        Arrays.fill(previousJudge, -2);
        previousJudge[from] = -1;
        boolean[] entryVisited = new boolean[candidates.length];
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        queue.add(from);
        int target = -1;
        search:
        while (!queue.isEmpty()) {
            int judge = queue.poll();
            for (int[] held : slotsByJudge.get(judge)) {
                int entry = held[0];
                if (!seated[entry][held[1]] || entryVisited[entry]) {
                    continue;
                }
                entryVisited[entry] = true;
                for (int slot = 0; slot < candidates[entry].length; slot++) {
                    int next = candidates[entry][slot];
                    if (!seated[entry][slot] && previousJudge[next] == -2) {
                        previousJudge[next] = judge;
                        cameFromEntry[next] = entry;
                        cameFromSlot[next] = slot;
                        if (load[next] <= load[from] - 2) {
                            target = next;
                            break search;
                        }
                        queue.add(next);
                    }
                }
            }
        }
        if (target < 0) {
            return false;
        }
        for (int judge = target; previousJudge[judge] >= 0; judge = previousJudge[judge]) {
            int entry = cameFromEntry[judge];
            seated[entry][cameFromSlot[judge]] = true;
            seated[entry][slotOf(entry, previousJudge[judge])] = false;
        }
        load[from]--;
        load[target]++;
        return true;
    }

    private int slotOf(int entry, int judge) {
        for (int slot = 0; ; slot++) {
            if (candidates[entry][slot] == judge) {
                return slot;
            }
        }
    }

    private int[][] chosen() {
        int[][] chosen = new int[candidates.length][];
        for (int entry = 0; entry < candidates.length; entry++) {
            int e = entry;
            chosen[entry] = IntStream.range(0, candidates[entry].length).filter(slot -> seated[e][slot])
                    .map(slot -> candidates[e][slot]).toArray();
        }
        return chosen;
    }
}
