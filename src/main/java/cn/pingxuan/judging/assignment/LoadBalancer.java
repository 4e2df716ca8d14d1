package cn.pingxuan.judging.assignment;

import java.util.Arrays;
import java.util.function.IntFunction;

/**
 * Fills each entry's open seats from its candidate judges so that the largest judge load is as small as possible
 * and, under that, the smallest load as large as possible (loads within one of each other whenever that exists).
 *
 * <p>Flow network: source → entry (capacity = open seats) → candidate judge (1) → sink (load window).
 * A judge's lower bound is met first with the sink edges capped at it; raising the caps afterwards cannot undo
 * it, because an augmenting path ends at the sink and so never takes flow back from a sink edge.
 */
final class LoadBalancer {

    /** Judge indices chosen per entry, and the load window [minLoad, maxLoad] they were chosen in. */
    private record Fill(int[][] chosen, int maxLoad, int minLoad) {
    }

    private final int[] fixedLoad;
    private final int[] seats;
    private final int[][] candidates;
    private final int seatTotal;

    /**
     * @param fixedLoad  per judge: pairs already decided (kept and calibration)
     * @param seats      per entry: judges still to find
     * @param candidates per entry: judge indices that may take a seat, in tie-break order
     */
    LoadBalancer(int[] fixedLoad, int[] seats, int[][] candidates) {
        this.fixedLoad = fixedLoad;
        this.seats = seats;
        this.candidates = candidates;
        this.seatTotal = Arrays.stream(seats).sum();
    }

    /**
     * The judge indices chosen per entry. Assumes every entry has at least as many candidates as seats (the
     * planner reports shortfalls first).
     */
    int[][] balance() {
        if (fixedLoad.length == 0) {
            return new int[seats.length][0];
        }
        Fill window = narrowestWindow();
        if (window.maxLoad() - window.minLoad() <= 1) {
            return window.chosen();
        }
        // The window only pins the extremes; the judges between them still need evening out.
        return new SeatRebalancer(fixedLoad, candidates, window.chosen()).rebalance();
    }

    private Fill narrowestWindow() {
        int judges = fixedLoad.length;
        long total = Arrays.stream(fixedLoad).asLongStream().sum() + seatTotal;
        int maxFixed = Arrays.stream(fixedLoad).max().orElse(0);
        int ceilAverage = (int) ((total + judges - 1) / judges);
        int floorAverage = (int) (total / judges);

        // The ideal window [floor, ceil] of the average is tried first: it is the usual answer, found in two flows.
        int lowestMax = Math.max(maxFixed, ceilAverage);
        Fill best = fill(0, lowestMax);
        if (best == null) {
            int surelyEnough = maxFixed + seatTotal;
            best = bisect(lowestMax, surelyEnough, fill(0, surelyEnough), max -> fill(0, max));
        }
        int maxLoad = best.maxLoad();
        int highestMin = Math.min(floorAverage, maxLoad);
        Fill balanced = fill(highestMin, maxLoad);
        return balanced != null ? balanced : bisect(highestMin, 0, best, min -> fill(min, maxLoad));
    }

    /** Bisects between a bound that fails and one that works; returns the working fill nearest the failing bound. */
    private static Fill bisect(int failing, int working, Fill workingFill, IntFunction<Fill> attempt) {
        while (Math.abs(working - failing) > 1) {
            int middle = (failing + working) >>> 1;
            Fill fill = attempt.apply(middle);
            if (fill == null) {
                failing = middle;
            } else {
                working = middle;
                workingFill = fill;
            }
        }
        return workingFill;
    }

    /** A fill with every judge's total load within [minLoad, maxLoad], or null when none exists. */
    private Fill fill(int minLoad, int maxLoad) {
        int entries = seats.length;
        int judges = fixedLoad.length;
        int source = entries + judges;
        int sink = source + 1;
        int candidateEdges = Arrays.stream(candidates).mapToInt(c -> c.length).sum();
        MaxFlow network = new MaxFlow(sink + 1, entries + candidateEdges + judges);

        int[][] seatEdges = new int[entries][];
        for (int entry = 0; entry < entries; entry++) {
            network.addEdge(source, entry, seats[entry]);
            seatEdges[entry] = new int[candidates[entry].length];
            for (int c = 0; c < candidates[entry].length; c++) {
                seatEdges[entry][c] = network.addEdge(entry, entries + candidates[entry][c], 1);
            }
        }
        int[] loadEdges = new int[judges];
        int lowerTotal = 0;
        for (int judge = 0; judge < judges; judge++) {
            int lower = Math.max(0, minLoad - fixedLoad[judge]);
            lowerTotal += lower;
            loadEdges[judge] = network.addEdge(entries + judge, sink, lower);
        }
        if (network.push(source, sink) < lowerTotal) {
            return null;
        }
        for (int judge = 0; judge < judges; judge++) {
            int lower = Math.max(0, minLoad - fixedLoad[judge]);
            network.raiseCapacity(loadEdges[judge], Math.max(0, maxLoad - fixedLoad[judge] - lower));
        }
        if (lowerTotal + network.push(source, sink) < seatTotal) {
            return null;
        }
        return new Fill(chosenJudges(network, seatEdges), maxLoad, minLoad);
    }

    private int[][] chosenJudges(MaxFlow network, int[][] seatEdges) {
        int[][] chosen = new int[seats.length][];
        for (int entry = 0; entry < seats.length; entry++) {
            int[] picked = new int[seats[entry]];
            int found = 0;
            for (int c = 0; c < seatEdges[entry].length; c++) {
                if (network.flowOn(seatEdges[entry][c]) > 0) {
                    picked[found++] = candidates[entry][c];
                }
            }
            chosen[entry] = picked;
        }
        return chosen;
    }
}
