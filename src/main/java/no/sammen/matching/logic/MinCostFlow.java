package no.sammen.matching.logic;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.PriorityQueue;

/**
 * Min-cost flow by successive shortest paths with Johnson potentials: Bellman–Ford once for the negative
 * costs, then Dijkstra on reduced costs. {@link #minimiseCost} stops as soon as the cheapest augmenting path
 * no longer lowers the cost, which gives the minimum cost over all flow values (the cost is convex in flow).
 */
final class MinCostFlow {

    private final int n;
    private final List<int[]> edges = new ArrayList<>(); // from, to
    private int[] head;
    private int[] next;
    private int[] to;
    private long[] cap;
    private long[] cost;
    private int m;

    MinCostFlow(int nodes) {
        this.n = nodes;
        head = new int[nodes];
        Arrays.fill(head, -1);
        next = new int[16];
        to = new int[16];
        cap = new long[16];
        cost = new long[16];
    }

    /** Adds an arc and returns its id; {@link #flow(int)} reads the flow on it afterwards. */
    int addEdge(int from, int target, long capacity, long c) {
        ensure(m + 2);
        int id = m;
        put(from, target, capacity, c);
        put(target, from, 0, -c);
        return id;
    }

    private void put(int from, int target, long capacity, long c) {
        to[m] = target;
        cap[m] = capacity;
        cost[m] = c;
        next[m] = head[from];
        head[from] = m;
        m++;
    }

    private void ensure(int size) {
        if (size > to.length) {
            int s = Math.max(size, to.length * 2);
            next = Arrays.copyOf(next, s);
            to = Arrays.copyOf(to, s);
            cap = Arrays.copyOf(cap, s);
            cost = Arrays.copyOf(cost, s);
        }
    }

    long flow(int edge) {
        return cap[edge ^ 1];
    }

    /** Pushes flow from s to t while it lowers the total cost; returns the total cost (≤ 0). */
    long minimiseCost(int s, int t) {
        long[] potential = bellmanFord(s);
        long total = 0;
        long[] dist = new long[n];
        int[] prevEdge = new int[n];
        while (true) {
            Arrays.fill(dist, Long.MAX_VALUE);
            Arrays.fill(prevEdge, -1);
            dist[s] = 0;
            PriorityQueue<long[]> queue = new PriorityQueue<>((a, b) -> Long.compare(a[0], b[0]));
            queue.add(new long[] {0, s});
            while (!queue.isEmpty()) {
                long[] top = queue.poll();
                int u = (int) top[1];
                if (top[0] > dist[u]) {
                    continue;
                }
                if (u == t) {
                    break; // nodes not settled yet get dist[t] below, which keeps reduced costs >= 0
                }
                for (int e = head[u]; e >= 0; e = next[e]) {
                    if (cap[e] <= 0 || potential[to[e]] == Long.MAX_VALUE) {
                        continue;
                    }
                    long nd = dist[u] + cost[e] + potential[u] - potential[to[e]];
                    if (nd < dist[to[e]]) {
                        dist[to[e]] = nd;
                        prevEdge[to[e]] = e;
                        queue.add(new long[] {nd, to[e]});
                    }
                }
            }
            if (dist[t] == Long.MAX_VALUE) {
                return total;
            }
            long pathCost = dist[t] + potential[t] - potential[s];
            if (pathCost >= 0) {
                return total;
            }
            long push = Long.MAX_VALUE;
            for (int v = t; v != s; v = to[prevEdge[v] ^ 1]) {
                push = Math.min(push, cap[prevEdge[v]]);
            }
            for (int v = t; v != s; v = to[prevEdge[v] ^ 1]) {
                cap[prevEdge[v]] -= push;
                cap[prevEdge[v] ^ 1] += push;
            }
            total += push * pathCost;
            long reach = dist[t];
            for (int v = 0; v < n; v++) {
                if (potential[v] != Long.MAX_VALUE) {
                    potential[v] += Math.min(dist[v], reach);
                }
            }
        }
    }

    private long[] bellmanFord(int s) {
        long[] d = new long[n];
        Arrays.fill(d, Long.MAX_VALUE);
        d[s] = 0;
        for (int round = 0; round < n; round++) {
            boolean changed = false;
            for (int u = 0; u < n; u++) {
                if (d[u] == Long.MAX_VALUE) {
                    continue;
                }
                for (int e = head[u]; e >= 0; e = next[e]) {
                    if (cap[e] > 0 && d[u] + cost[e] < d[to[e]]) {
                        d[to[e]] = d[u] + cost[e];
                        changed = true;
                    }
                }
            }
            if (!changed) {
                break;
            }
        }
        return d;
    }
}
