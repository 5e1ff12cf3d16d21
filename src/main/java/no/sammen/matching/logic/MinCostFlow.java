package no.sammen.matching.logic;

import java.util.Arrays;

/**
 * Min-cost flow by successive shortest paths with Johnson potentials: Bellman–Ford once for the negative
 * costs, then Dijkstra on reduced costs from each node holding flow to the sink. {@link #minimiseCost} gives the
 * minimum cost over all flow values.
 */
final class MinCostFlow {

    private final int n;
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

    /**
     * The flow from s to t of minimum cost over all flow values; returns that cost (≤ 0).
     *
     * <p>Every arc out of s is filled at once and an arc s → t of cost 0 added, so each unit either finds a path
     * that pays or goes back to s and out through that arc ("left unfilled"); then each node's excess is routed
     * to t along a shortest path from that node. A search from one need ends as soon as t is reached, so it
     * visits the need's neighbourhood rather than the whole graph, as a search from s must (the planner routes
     * thousands of units).
     */
    long minimiseCost(int s, int t) {
        long[] excess = new long[n];
        long pushed = 0;
        int original = m;
        for (int e = head[s]; e >= 0; e = next[e]) {
            if ((e & 1) == 0 && cap[e] > 0) {
                excess[to[e]] += cap[e];
                pushed += cap[e];
                cap[e ^ 1] += cap[e];
                cap[e] = 0;
            }
        }
        if (pushed > 0) {
            addEdge(s, t, pushed, 0);
        }
        long[] potential = residualPotentials();
        long[] dist = new long[n];
        int[] prevEdge = new int[n];
        // an indexed binary heap over node numbers with decrease-key; only the nodes a search touched are reset
        int[] heap = new int[n];
        int[] slot = new int[n];
        int[] touched = new int[n];
        Arrays.fill(dist, Long.MAX_VALUE);
        Arrays.fill(prevEdge, -1);
        Arrays.fill(slot, -1);
        for (int k = 0; k < n; k++) {
            while (excess[k] > 0 && k != t) {
                int touchedCount = 0;
                dist[k] = 0;
                touched[touchedCount++] = k;
                int size = 0;
                heap[size] = k;
                slot[k] = size++;
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
                        break;
                    }
                    for (int e = head[u]; e >= 0; e = next[e]) {
                        int w = to[e];
                        if (cap[e] <= 0 || slot[w] == SETTLED) {
                            continue;
                        }
                        long nd = dist[u] + cost[e] + potential[u] - potential[w];
                        if (nd < dist[w]) {
                            if (dist[w] == Long.MAX_VALUE) {
                                touched[touchedCount++] = w;
                            }
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
                    throw new IllegalStateException("no path from " + k + " to the sink");
                }
                long push = excess[k];
                for (int v = t; v != k; v = to[prevEdge[v] ^ 1]) {
                    push = Math.min(push, cap[prevEdge[v]]);
                }
                for (int v = t; v != k; v = to[prevEdge[v] ^ 1]) {
                    cap[prevEdge[v]] -= push;
                    cap[prevEdge[v] ^ 1] += push;
                }
                excess[k] -= push;
                // shifting every potential by the same amount changes no reduced cost, so only the nodes settled
                // closer than t move: p(v) += d(v) − d(t)
                long reach = dist[t];
                for (int i = 0; i < touchedCount; i++) {
                    int v = touched[i];
                    if (slot[v] == SETTLED && dist[v] < reach) {
                        potential[v] += dist[v] - reach;
                    }
                    dist[v] = Long.MAX_VALUE;
                    prevEdge[v] = -1;
                    slot[v] = -1;
                }
            }
        }
        long total = 0;
        for (int e = 0; e < original; e += 2) {
            total += flow(e) * cost[e];
        }
        return total;
    }

    /**
     * Node potentials under which every residual arc has a reduced cost c + π(u) − π(v) ≥ 0: Bellman–Ford (queue
     * based) from a virtual source joined to every node at cost 0, which ends because a residual graph of a
     * min-cost flow has no negative cycle. After {@link #minimiseCost}, a new arc whose reduced cost is ≥ 0 under
     * these cannot lower the cost: that is how the planner decides which left-out edges to add.
     */
    long[] residualPotentials() {
        long[] d = new long[n];
        boolean[] queued = new boolean[n];
        int[] queue = new int[n + 1];
        int first = 0;
        int last = 0;
        for (int v = 0; v < n; v++) {
            queue[last++] = v;
            queued[v] = true;
        }
        long relaxations = 0;
        long limit = (long) n * (m + 2) + 1;
        while (first != last) {
            int u = queue[first];
            first = first + 1 == queue.length ? 0 : first + 1;
            queued[u] = false;
            for (int e = head[u]; e >= 0; e = next[e]) {
                int w = to[e];
                if (cap[e] > 0 && d[u] + cost[e] < d[w]) {
                    d[w] = d[u] + cost[e];
                    if (!queued[w]) {
                        queue[last] = w;
                        last = last + 1 == queue.length ? 0 : last + 1;
                        queued[w] = true;
                    }
                    if (++relaxations > limit) {
                        throw new IllegalStateException("negative cycle: the flow is not of minimum cost");
                    }
                }
            }
        }
        return d;
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
}
