package no.sammen.matching.logic;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

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
        // An indexed binary heap over node numbers with decrease-key: the branch and bound runs thousands of these
        // searches, and a PriorityQueue allocated an entry per relaxation and kept stale ones.
        int[] heap = new int[n];
        int[] slot = new int[n];
        while (true) {
            Arrays.fill(dist, Long.MAX_VALUE);
            Arrays.fill(prevEdge, -1);
            Arrays.fill(slot, -1);
            dist[s] = 0;
            int size = 0;
            heap[size] = s;
            slot[s] = size++;
            while (size > 0) {
                int u = heap[0];
                slot[u] = SETTLED;
                size--;
                if (size > 0) {
                    heap[0] = heap[size];
                    slot[heap[0]] = 0;
                    siftDown(heap, slot, dist, 0, size);
                }
                if (u == t) {
                    break; // nodes not settled yet get dist[t] below, which keeps reduced costs >= 0
                }
                for (int e = head[u]; e >= 0; e = next[e]) {
                    int w = to[e];
                    if (cap[e] <= 0 || potential[w] == Long.MAX_VALUE || slot[w] == SETTLED) {
                        continue;
                    }
                    long nd = dist[u] + cost[e] + potential[u] - potential[w];
                    if (nd < dist[w]) {
                        dist[w] = nd;
                        prevEdge[w] = e;
                        if (slot[w] < 0) {
                            heap[size] = w;
                            slot[w] = size++;
                        }
                        siftUp(heap, slot, dist, slot[w]);
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

    private static final int SETTLED = -2;

    private static void siftUp(int[] heap, int[] slot, long[] dist, int i) {
        int node = heap[i];
        while (i > 0) {
            int parent = (i - 1) >>> 1;
            if (dist[heap[parent]] <= dist[node]) {
                break;
            }
            heap[i] = heap[parent];
            slot[heap[i]] = i;
            i = parent;
        }
        heap[i] = node;
        slot[node] = i;
    }

    private static void siftDown(int[] heap, int[] slot, long[] dist, int i, int size) {
        int node = heap[i];
        while (true) {
            int child = 2 * i + 1;
            if (child >= size) {
                break;
            }
            if (child + 1 < size && dist[heap[child + 1]] < dist[heap[child]]) {
                child++;
            }
            if (dist[heap[child]] >= dist[node]) {
                break;
            }
            heap[i] = heap[child];
            slot[heap[i]] = i;
            i = child;
        }
        heap[i] = node;
        slot[node] = i;
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
