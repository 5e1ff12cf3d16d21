package no.sammen.matching.logic;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.function.BiPredicate;
import java.util.Collection;
import java.util.Comparator;
import java.util.Deque;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import no.sammen.schedule.Schedule;
import no.sammen.schedule.WeeklyWindow;

/**
 * Assigns volunteers to all open needs of a municipality, maximising the total score under every hard rule.
 *
 * <p>Candidate pairs are the volunteers {@link CandidateIndex} finds possible for a need, weighed by
 * {@link Matcher#assess} (without reasons until proposed). The relaxation is a min-cost flow: source → need
 * (capacity = slots) → volunteer (capacity 1, cost −score) → sink (capacity = how many of the volunteer's
 * candidate needs fit in their remaining hours, smallest first). A flow cannot say "these two needs overlap
 * in time" or "these needs together exceed the hours", so {@link #plan} runs a depth-first branch-and-bound
 * on those violations: for two conflicting pairs it branches "forbid one / forbid the other"; for a set over
 * the hours it branches on forbidding each member. The flow value bounds each subtree; the greedy plan is the
 * first incumbent, so the result is never worse than {@link #greedy}. With more than {@code nodeCap} nodes the
 * best plan found is returned with {@code optimal = false}.
 *
 * <p>Pass only OPEN needs, with {@code volunteersNeeded} = slots still open.
 */
public final class Planner {

    public static final int DEFAULT_NODE_CAP = 2_000;
    private static final long SCALE = 1_000_000L;
    private static final long MAX_WEIGHT = 1L << 30;
    /** Edges per need in the first core beyond twice its slots; pricing adds whatever else the optimum needs. */
    private static final int CORE_EXTRA = 3;

    private final Matcher matcher;
    private final int nodeCap;
    private final BiPredicate<String, String> leftOut;
    private final long timeBudgetNanos;

    public Planner(Matcher matcher) {
        this(matcher, DEFAULT_NODE_CAP);
    }

    public Planner(Matcher matcher, int nodeCap) {
        this(matcher, nodeCap, (need, volunteer) -> false);
    }

    /**
     * @param leftOut (need id, volunteer id) pairs the plan must not use and does not count as excluded: the
     *                volunteer has an open match for the need already (its remaining slots go to someone else),
     *                or is not among the need's candidates
     */
    public Planner(Matcher matcher, int nodeCap, BiPredicate<String, String> leftOut) {
        this(matcher, nodeCap, leftOut, Duration.ofDays(1));
    }

    /**
     * @param timeBudget after the first relaxation, branching stops when this time is up; the best plan found so
     *                   far is returned, flagged not proven optimal (it is never worse than greedy)
     */
    public Planner(Matcher matcher, int nodeCap, BiPredicate<String, String> leftOut, Duration timeBudget) {
        this.matcher = matcher;
        this.nodeCap = nodeCap;
        this.leftOut = leftOut;
        this.timeBudgetNanos = timeBudget.toNanos();
    }

    /** The optimal plan (or the best within the node cap or time budget, flagged). */
    public Plan plan(Collection<NeedSpec> needs, Collection<VolunteerProfile> volunteers) {
        return solve(needs, volunteers).plan();
    }

    /** The plan and the greedy one it starts from, weighed once; the greedy plan's pairs carry no reasons. */
    public record Solution(Plan plan, Plan greedy) {
    }

    public Solution solve(Collection<NeedSpec> needs, Collection<VolunteerProfile> volunteers) {
        long started = System.nanoTime();
        Instance in = new Instance(needs, volunteers);
        BitSet greedy = in.greedy(new BitSet(), new BitSet());
        BitSet best = greedy;
        long bestValue = in.value(best);
        int nodes = 0;
        boolean capHit = false;
        Deque<BitSet> stack = new ArrayDeque<>();
        stack.push(new BitSet());
        while (!stack.isEmpty()) {
            if (nodes >= nodeCap || (nodes > 0 && System.nanoTime() - started > timeBudgetNanos)) {
                capHit = true;
                break;
            }
            BitSet forbidden = stack.pop();
            nodes++;
            BitSet relaxed = in.relax(forbidden);
            long bound = in.value(relaxed);
            if (bound <= bestValue) {
                continue;
            }
            List<Integer> violation = in.violation(relaxed);
            if (violation == null) {
                best = relaxed;
                bestValue = bound;
                continue;
            }
            BitSet repaired = in.greedy(in.repair(relaxed), forbidden);
            long repairedValue = in.value(repaired);
            if (repairedValue > bestValue) {
                best = repaired;
                bestValue = repairedValue;
            }
            // push the branch that forbids the weakest edge last, so it is explored first
            violation.sort(Comparator.comparingLong((Integer e) -> in.edges.get(e).weight).reversed()
                    .thenComparing(Comparator.naturalOrder()));
            for (int e : violation) {
                BitSet child = (BitSet) forbidden.clone();
                child.set(e);
                stack.push(child);
            }
        }
        return new Solution(in.toPlan(best, nodes, !capHit, true), in.toPlan(greedy, 0, false, false));
    }

    /** Best remaining pair first, under the same rules: the baseline the plan is compared with. */
    public Plan greedy(Collection<NeedSpec> needs, Collection<VolunteerProfile> volunteers) {
        Instance in = new Instance(needs, volunteers);
        return in.toPlan(in.greedy(new BitSet(), new BitSet()), 0, false, true);
    }

    /** A pair the plan may use: weighed when the instance is built, explained only if the plan proposes it. */
    private static final class Edge {
        final int need;
        final int volunteer;
        final long weight;
        final int minutes;
        /** The weekly windows the volunteer would serve; computed when a clash check first needs them. */
        List<WeeklyWindow> served;

        Edge(int need, int volunteer, Suggestion suggestion) {
            this.need = need;
            this.volunteer = volunteer;
            this.weight = Math.round(suggestion.score() * SCALE);
            this.minutes = suggestion.overlapMinutesPerWeek();
        }

        int minutes() {
            return minutes;
        }
    }

    private final class Instance {
        final List<NeedSpec> needs;
        final List<VolunteerProfile> volunteers;
        final List<Edge> edges = new ArrayList<>();
        /** Per need, how many volunteers each rule ruled out; counted only for needs the plan leaves unfilled. */
        final Map<Integer, Map<Rule, Integer>> excluded = new HashMap<>();
        final List<List<Integer>> byVolunteer = new ArrayList<>();
        final long[] remainingMinutes;
        final int[] volunteerCapacity;
        /** Edge ids best first (weight, then id): the order greedy takes them in, sorted once. */
        final int[] bestFirst;
        /**
         * The edges the flow is solved over: each need's best few to start with, grown by pricing (see
         * {@link #relax}); a large municipality has hundreds of thousands of eligible pairs, most of which no
         * optimal plan uses.
         */
        final BitSet core = new BitSet();

        Instance(Collection<NeedSpec> needList, Collection<VolunteerProfile> volunteerList) {
            needs = List.copyOf(needList);
            volunteers = List.copyOf(volunteerList);
            remainingMinutes = new long[volunteers.size()];
            for (int v = 0; v < volunteers.size(); v++) {
                byVolunteer.add(new ArrayList<>());
                VolunteerProfile p = volunteers.get(v);
                remainingMinutes[v] = p.maxHoursPerWeek() == null ? Long.MAX_VALUE
                        : (long) Math.floor(p.maxHoursPerWeek() * 60 + 1e-9) - p.committedMinutes();
            }
            CandidateIndex index = new CandidateIndex(volunteers, matcher);
            for (int n = 0; n < needs.size(); n++) {
                NeedSpec need = needs.get(n);
                if (need.volunteersNeeded() <= 0) {
                    continue;
                }
                BitSet pool = index.candidates(need);
                for (int v = pool.nextSetBit(0); v >= 0; v = pool.nextSetBit(v + 1)) {
                    if (leftOut.test(need.id(), volunteers.get(v).id())) {
                        continue;
                    }
                    Assessment a = matcher.weigh(need, volunteers.get(v));
                    if (a.eligible()) {
                        byVolunteer.get(v).add(edges.size());
                        edges.add(new Edge(n, v, a.suggestion()));
                    }
                }
            }
            volunteerCapacity = new int[volunteers.size()];
            for (int v = 0; v < volunteers.size(); v++) {
                long[] mins = byVolunteer.get(v).stream().mapToLong(e -> edges.get(e).minutes()).sorted().toArray();
                long used = 0;
                int count = 0;
                for (long m : mins) {
                    if (remainingMinutes[v] != Long.MAX_VALUE && used + m > remainingMinutes[v]) {
                        break;
                    }
                    used += m;
                    count++;
                }
                volunteerCapacity[v] = count;
            }
            // weight descending, then edge id (need order, then volunteer order) — packed into one long to sort
            long[] keys = new long[edges.size()];
            for (int e = 0; e < edges.size(); e++) {
                keys[e] = ((MAX_WEIGHT - Math.max(0, Math.min(MAX_WEIGHT, edges.get(e).weight))) << 32) | e;
            }
            Arrays.sort(keys);
            bestFirst = new int[edges.size()];
            for (int i = 0; i < keys.length; i++) {
                bestFirst[i] = (int) keys[i];
            }
            startCore();
        }

        /** Each need's best edges, a few more than its slots, and each volunteer's best edge. */
        private void startCore() {
            int[] taken = new int[needs.size()];
            boolean[] hasOne = new boolean[volunteers.size()];
            for (int e : bestFirst) {
                Edge edge = edges.get(e);
                if (taken[edge.need] < 2 * needs.get(edge.need).volunteersNeeded() + CORE_EXTRA) {
                    taken[edge.need]++;
                    core.set(e);
                }
                if (!hasOne[edge.volunteer]) {
                    hasOne[edge.volunteer] = true;
                    core.set(e);
                }
            }
        }

        long value(BitSet chosen) {
            long sum = 0;
            for (int e = chosen.nextSetBit(0); e >= 0; e = chosen.nextSetBit(e + 1)) {
                sum += edges.get(e).weight;
            }
            return sum;
        }

        /**
         * The flow relaxation without the forbidden edges. Solved over the core edges, then priced: an edge left
         * out whose reduced cost under the optimal potentials is negative could improve the flow, so all such
         * edges join the core and the flow is solved again; when none is left the core's optimum is the optimum
         * over every edge (LP duality), so the bound stays exact.
         */
        BitSet relax(BitSet forbidden) {
            int source = 0;
            int sink = 1;
            int needBase = 2;
            int volunteerBase = 2 + needs.size();
            while (true) {
                MinCostFlow flow = new MinCostFlow(2 + needs.size() + volunteers.size());
                for (int n = 0; n < needs.size(); n++) {
                    flow.addEdge(source, needBase + n, needs.get(n).volunteersNeeded(), 0);
                }
                int[] arc = new int[edges.size()];
                Arrays.fill(arc, -1);
                for (int e = core.nextSetBit(0); e >= 0; e = core.nextSetBit(e + 1)) {
                    Edge edge = edges.get(e);
                    if (!forbidden.get(e)) {
                        arc[e] = flow.addEdge(needBase + edge.need, volunteerBase + edge.volunteer, 1, -edge.weight);
                    }
                }
                for (int v = 0; v < volunteers.size(); v++) {
                    if (volunteerCapacity[v] > 0) {
                        flow.addEdge(volunteerBase + v, sink, volunteerCapacity[v], 0);
                    }
                }
                flow.minimiseCost(source, sink);
                long[] potential = flow.residualPotentials();
                boolean grown = false;
                for (int e = 0; e < edges.size(); e++) {
                    Edge edge = edges.get(e);
                    if (core.get(e) || forbidden.get(e) || volunteerCapacity[edge.volunteer] == 0) {
                        continue;
                    }
                    if (potential[needBase + edge.need] - edge.weight < potential[volunteerBase + edge.volunteer]) {
                        core.set(e);
                        grown = true;
                    }
                }
                if (!grown) {
                    BitSet chosen = new BitSet();
                    for (int e = 0; e < edges.size(); e++) {
                        if (arc[e] >= 0 && flow.flow(arc[e]) > 0) {
                            chosen.set(e);
                        }
                    }
                    return chosen;
                }
            }
        }

        /** Edges of one volunteer that cannot all be kept, or null when the assignment is feasible. */
        List<Integer> violation(BitSet chosen) {
            for (int v = 0; v < volunteers.size(); v++) {
                List<Integer> mine = new ArrayList<>();
                for (int e : byVolunteer.get(v)) {
                    if (chosen.get(e)) {
                        mine.add(e);
                    }
                }
                for (int i = 0; i < mine.size(); i++) {
                    for (int j = i + 1; j < mine.size(); j++) {
                        if (conflict(mine.get(i), mine.get(j))) {
                            return new ArrayList<>(List.of(mine.get(i), mine.get(j)));
                        }
                    }
                }
                if (remainingMinutes[v] != Long.MAX_VALUE
                        && mine.stream().mapToLong(e -> edges.get(e).minutes()).sum() > remainingMinutes[v]) {
                    return mine;
                }
            }
            return null;
        }

        boolean conflict(int a, int b) {
            return Matcher.overlap(served(a), served(b));
        }

        private List<WeeklyWindow> served(int e) {
            Edge edge = edges.get(e);
            if (edge.served == null) {
                edge.served = Matcher.servedWindows(Schedule.weekly(needs.get(edge.need).windows()).windows(),
                        volunteers.get(edge.volunteer).availability());
            }
            return edge.served;
        }

        /** Keeps each volunteer's best edges that still fit: a feasible plan from a relaxed one. */
        BitSet repair(BitSet chosen) {
            BitSet result = new BitSet();
            for (int v = 0; v < volunteers.size(); v++) {
                List<Integer> mine = new ArrayList<>();
                for (int e : byVolunteer.get(v)) {
                    if (chosen.get(e)) {
                        mine.add(e);
                    }
                }
                mine.sort(Comparator.comparingLong((Integer e) -> edges.get(e).weight).reversed());
                accept(result, mine, v);
            }
            return result;
        }

        private void accept(BitSet result, List<Integer> candidates, int v) {
            long used = 0;
            List<Integer> kept = new ArrayList<>();
            for (int e : candidates) {
                long m = edges.get(e).minutes();
                if (remainingMinutes[v] != Long.MAX_VALUE && used + m > remainingMinutes[v]) {
                    continue;
                }
                if (kept.stream().anyMatch(k -> conflict(k, e))) {
                    continue;
                }
                kept.add(e);
                used += m;
                result.set(e);
            }
        }

        /** Adds the best remaining pairs that fit to {@code start}, skipping forbidden ones. */
        BitSet greedy(BitSet start, BitSet forbidden) {
            BitSet chosen = (BitSet) start.clone();
            int[] filled = new int[needs.size()];
            long[] used = new long[volunteers.size()];
            List<List<Integer>> taken = new ArrayList<>();
            for (int v = 0; v < volunteers.size(); v++) {
                taken.add(new ArrayList<>());
            }
            for (int e = start.nextSetBit(0); e >= 0; e = start.nextSetBit(e + 1)) {
                filled[edges.get(e).need]++;
                used[edges.get(e).volunteer] += edges.get(e).minutes();
                taken.get(edges.get(e).volunteer).add(e);
            }
            for (int e : bestFirst) {
                if (forbidden.get(e) || start.get(e)) {
                    continue;
                }
                Edge edge = edges.get(e);
                if (filled[edge.need] >= needs.get(edge.need).volunteersNeeded()) {
                    continue;
                }
                if (remainingMinutes[edge.volunteer] != Long.MAX_VALUE
                        && used[edge.volunteer] + edge.minutes() > remainingMinutes[edge.volunteer]) {
                    continue;
                }
                if (taken.get(edge.volunteer).stream().anyMatch(k -> conflict(k, e))) {
                    continue;
                }
                chosen.set(e);
                filled[edge.need]++;
                used[edge.volunteer] += edge.minutes();
                taken.get(edge.volunteer).add(e);
            }
            return chosen;
        }

        /** The first rule each ineligible volunteer breaks for need {@code n}, counted per rule. */
        Map<Rule, Integer> excluded(int n) {
            return excluded.computeIfAbsent(n, k -> {
                NeedSpec need = needs.get(n);
                Map<Rule, Integer> counts = new EnumMap<>(Rule.class);
                for (VolunteerProfile v : volunteers) {
                    if (!leftOut.test(need.id(), v.id())) {
                        Assessment a = matcher.weigh(need, v);
                        if (!a.eligible()) {
                            counts.merge(a.excludedBy(), 1, Integer::sum);
                        }
                    }
                }
                return counts;
            });
        }

        /** The plan of the chosen edges; with {@code explained}, each pair carries its reasons. */
        Plan toPlan(BitSet chosen, int nodes, boolean optimal, boolean explained) {
            List<Suggestion> pairs = new ArrayList<>();
            int[] filled = new int[needs.size()];
            for (int e = chosen.nextSetBit(0); e >= 0; e = chosen.nextSetBit(e + 1)) {
                Edge edge = edges.get(e);
                // weighed without reasons; the pairs proposed are explained now
                NeedSpec need = needs.get(edge.need);
                VolunteerProfile volunteer = volunteers.get(edge.volunteer);
                pairs.add((explained ? matcher.assess(need, volunteer) : matcher.weigh(need, volunteer)).suggestion());
                filled[edge.need]++;
            }
            pairs.sort(Comparator.comparing(Suggestion::needId).thenComparing(Matcher.BEST_FIRST));
            int[] eligible = new int[needs.size()];
            for (Edge edge : edges) {
                eligible[edge.need]++;
            }
            List<Plan.Unfilled> unfilled = new ArrayList<>();
            for (int n = 0; n < needs.size(); n++) {
                int missing = needs.get(n).volunteersNeeded() - filled[n];
                if (missing > 0) {
                    unfilled.add(new Plan.Unfilled(needs.get(n).id(), missing,
                            reason(eligible[n], needs.get(n).volunteersNeeded(), excluded(n), matcher.explanations())));
                }
            }
            double total = pairs.stream().mapToLong(s -> Math.round(s.score() * SCALE)).sum() / (double) SCALE;
            return new Plan(List.copyOf(pairs), total, List.copyOf(unfilled), nodes, optimal);
        }
    }

    /** "ingen kandidat oppfyller: politiattest (12), språk (3)" and the like, in bokmål. */
    static String reason(int eligible, int needed, Map<Rule, Integer> excluded) {
        return reason(eligible, needed, excluded, Explanations.NB);
    }

    /** Why a need stays (partly) unfilled, in the given language. */
    static String reason(int eligible, int needed, Map<Rule, Integer> excluded, Explanations explain) {
        String counts = excluded.entrySet().stream()
                .sorted(Map.Entry.<Rule, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .map(en -> en.getKey().label(explain) + " (" + en.getValue() + ")")
                .collect(Collectors.joining(", "));
        return explain.unfilled(eligible, needed, counts);
    }
}
