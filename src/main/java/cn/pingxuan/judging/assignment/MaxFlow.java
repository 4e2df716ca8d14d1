package cn.pingxuan.judging.assignment;

import java.util.Arrays;

/**
 * Dinic's maximum flow on int arrays (edge {@code e} and its residual twin {@code e ^ 1}).
 * Flow can be pushed again after capacities are raised; it continues from the flow already found.
 */
final class MaxFlow {

    private final int[] head;
    private final int[] next;
    private final int[] to;
    private final int[] residual;
    private final int[] level;
    private final int[] cursor;
    private int edgeCount;

    MaxFlow(int nodes, int maxEdges) {
        head = new int[nodes];
        Arrays.fill(head, -1);
        next = new int[2 * maxEdges];
        to = new int[2 * maxEdges];
        residual = new int[2 * maxEdges];
        level = new int[nodes];
        cursor = new int[nodes];
    }

    /** Adds an edge and returns its id. */
    int addEdge(int from, int target, int capacity) {
        int edge = edgeCount;
        link(from, target, capacity);
        link(target, from, 0);
        return edge;
    }

    private void link(int from, int target, int capacity) {
        to[edgeCount] = target;
        residual[edgeCount] = capacity;
        next[edgeCount] = head[from];
        head[from] = edgeCount++;
    }

    void raiseCapacity(int edge, int by) {
        residual[edge] += by;
    }

    int flowOn(int edge) {
        return residual[edge ^ 1];
    }

    /** Pushes as much further flow from source to sink as fits; returns how much. */
    int push(int source, int sink) {
        int total = 0;
        while (levelFrom(source, sink)) {
            System.arraycopy(head, 0, cursor, 0, head.length);
            int pushed;
            while ((pushed = augment(source, sink, Integer.MAX_VALUE)) > 0) {
                total += pushed;
            }
        }
        return total;
    }

    private boolean levelFrom(int source, int sink) {
        Arrays.fill(level, -1);
        int[] queue = new int[level.length];
        int tail = 0;
        queue[tail++] = source;
        level[source] = 0;
        for (int read = 0; read < tail; read++) {
            int node = queue[read];
            for (int edge = head[node]; edge != -1; edge = next[edge]) {
                if (residual[edge] > 0 && level[to[edge]] < 0) {
                    level[to[edge]] = level[node] + 1;
                    queue[tail++] = to[edge];
                }
            }
        }
        return level[sink] >= 0;
    }

    private int augment(int node, int sink, int limit) {
        if (node == sink) {
            return limit;
        }
        for (; cursor[node] != -1; cursor[node] = next[cursor[node]]) {
            int edge = cursor[node];
            int target = to[edge];
            if (residual[edge] > 0 && level[target] == level[node] + 1) {
                int pushed = augment(target, sink, Math.min(limit, residual[edge]));
                if (pushed > 0) {
                    residual[edge] -= pushed;
                    residual[edge ^ 1] += pushed;
                    return pushed;
                }
            }
        }
        return 0;
    }
}
