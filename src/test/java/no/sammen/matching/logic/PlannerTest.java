package no.sammen.matching.logic;

import static java.time.DayOfWeek.THURSDAY;
import static java.time.DayOfWeek.TUESDAY;
import static no.sammen.matching.logic.Fixture.TODAY;
import static no.sammen.matching.logic.Fixture.need;
import static no.sammen.matching.logic.Fixture.vol;
import static no.sammen.matching.logic.Fixture.w;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PlannerTest {

    private final MunicipalitySettings larvik = MunicipalitySettings.defaults("larvik");
    private final Matcher matcher = new Matcher(larvik, TODAY);

    @Test
    void flowSolvesASmallAssignmentExactly() {
        // classic 3x3: best total is 4+6+... via the costs below
        MinCostFlow f = new MinCostFlow(8);
        long[][] w = {{9, 2, 7}, {6, 4, 3}, {5, 8, 1}};
        int[][] arc = new int[3][3];
        for (int i = 0; i < 3; i++) {
            f.addEdge(0, 2 + i, 1, 0);
            f.addEdge(5 + i, 1, 1, 0);
            for (int j = 0; j < 3; j++) {
                arc[i][j] = f.addEdge(2 + i, 5 + j, 1, -w[i][j]);
            }
        }
        assertEquals(-(7 + 6 + 8), f.minimiseCost(0, 1));
        assertEquals(1, f.flow(arc[0][2]));
        assertEquals(1, f.flow(arc[1][0]));
        assertEquals(1, f.flow(arc[2][1]));
    }

    @Test
    void flowStopsWhenMoreFlowWouldNotPay() {
        MinCostFlow f = new MinCostFlow(4);
        f.addEdge(0, 2, 2, 0);
        int a = f.addEdge(2, 3, 1, -5);
        int b = f.addEdge(2, 3, 1, 3);
        f.addEdge(3, 1, 2, 0);
        assertEquals(-5, f.minimiseCost(0, 1));
        assertEquals(1, f.flow(a));
        assertEquals(0, f.flow(b));
    }

    @Test
    void oneVolunteerTwoOverlappingNeedsGetsOnlyOne() {
        List<NeedSpec> needs = List.of(need("a").windows(w(TUESDAY, 10, 12)).build(),
                need("b").windows(w(TUESDAY, 11, 13)).build(), need("c").windows(w(THURSDAY, 10, 12)).build());
        List<VolunteerProfile> vols = List.of(vol("v").build());
        Plan plan = new Planner(matcher).plan(needs, vols);
        assertEquals(2, plan.pairs().size());
        assertTrue(plan.optimal());
        assertEquals(1, plan.unfilled().size());
        assertEquals(1, plan.unfilled().get(0).missing());
    }

    @Test
    void aVolunteerAlreadyProposedForANeedLeavesItsOpenSlotToSomeoneElse() {
        NeedSpec n = need("n").windows(w(TUESDAY, 10, 12)).build();
        List<VolunteerProfile> vols = List.of(vol("proposed").build(), vol("other").build());
        Plan plan = new Planner(matcher, Planner.DEFAULT_NODE_CAP, (need, volunteer) -> volunteer.equals("proposed"))
                .plan(List.of(n), vols);
        assertEquals(List.of("other"), plan.pairs().stream().map(Suggestion::volunteerId).toList());
        assertTrue(plan.unfilled().isEmpty());
    }

    @Test
    void distinctPeopleAndUnfilledReasonCountsRules() {
        NeedSpec n = need("n").police().needed(3).build();
        List<VolunteerProfile> vols = List.of(vol("a").police(TODAY.plusYears(3)).build(), vol("b").build(),
                vol("c").build(), vol("d").languages("en").build());
        Plan plan = new Planner(matcher).plan(List.of(n), vols);
        assertEquals(1, plan.pairs().size());
        assertEquals(2, plan.unfilled().get(0).missing());
        assertEquals("bare 1 kvalifisert kandidat; utelukket: politiattest (3)", plan.unfilled().get(0).reason());
        NeedSpec none = need("x").police().languages("so").build();
        Plan empty = new Planner(matcher).plan(List.of(none), vols);
        assertEquals("ingen kandidat oppfyller: politiattest (3), språk (1)", empty.unfilled().get(0).reason());
    }

    @Test
    void planEqualsBruteForceOnSmallRandomInstances() {
        int instances = 0;
        for (long seed = 1; seed <= 400; seed++) {
            RandomRegistry r = new RandomRegistry(seed, TODAY);
            List<NeedSpec> needs = r.needs(1 + r.random.nextInt(6));
            List<VolunteerProfile> vols = r.volunteers(1 + r.random.nextInt(6));
            Plan plan = new Planner(matcher).plan(needs, vols);
            long brute = new BruteForce(matcher, needs, vols).best();
            assertTrue(plan.optimal(), "seed " + seed);
            assertEquals(brute, Math.round(plan.totalScore() * 1_000_000L), "seed " + seed);
            checkPlan(needs, vols, plan);
            instances++;
        }
        assertEquals(400, instances);
    }

    @Test
    void withNoTimeToBranchThePlanIsStillValidAndNeverWorseThanGreedy() {
        for (long seed = 1; seed <= 100; seed++) {
            RandomRegistry r = new RandomRegistry(seed, TODAY);
            List<NeedSpec> needs = r.needs(3 + r.random.nextInt(10));
            List<VolunteerProfile> vols = r.volunteers(3 + r.random.nextInt(10));
            Planner hurried = new Planner(matcher, Planner.DEFAULT_NODE_CAP, (n, v) -> false, java.time.Duration.ZERO);
            Planner.Solution solution = hurried.solve(needs, vols);
            assertTrue(solution.plan().totalScore() >= solution.greedy().totalScore() - 1e-9, "seed " + seed);
            assertEquals(new Planner(matcher).greedy(needs, vols).totalScore(), solution.greedy().totalScore(), 1e-9);
            assertTrue(solution.plan().nodesExplored() <= 1, "only the first relaxation, seed " + seed);
            checkPlan(needs, vols, solution.plan());
        }
    }

    @Test
    void planIsExactWhereGreedyIsNot() {
        // v1 is best for both; greedy gives v1 the first and leaves the second to nobody
        NeedSpec a = need("a").windows(w(TUESDAY, 10, 12)).interests("musikk").build();
        NeedSpec b = need("b").windows(w(TUESDAY, 11, 13)).interests("musikk").build();
        VolunteerProfile v1 = vol("v1").interests("musikk").build();
        VolunteerProfile v2 = vol("v2").free(w(TUESDAY, 10, 12)).build();
        Planner planner = new Planner(matcher);
        Plan plan = planner.plan(List.of(a, b), List.of(v1, v2));
        Plan greedy = planner.greedy(List.of(a, b), List.of(v1, v2));
        long brute = new BruteForce(matcher, List.of(a, b), List.of(v1, v2)).best();
        assertEquals(brute, Math.round(plan.totalScore() * 1e6));
        assertEquals(2, plan.pairs().size());
        assertTrue(plan.totalScore() > greedy.totalScore(), plan + " vs " + greedy);
    }

    @Test
    void nodeCapIsReported() {
        // three needs at the same time, one volunteer best for all: the relaxation gives all three to them
        List<NeedSpec> needs = List.of(need("a").interests("musikk").build(), need("b").interests("musikk").build(),
                need("c").interests("musikk").build());
        List<VolunteerProfile> vols = List.of(vol("v1").interests("musikk").build(), vol("v2").build(),
                vol("v3").build());
        Plan capped = new Planner(matcher, 1).plan(needs, vols);
        assertTrue(!capped.optimal());
        Plan full = new Planner(matcher).plan(needs, vols);
        assertTrue(full.optimal());
        assertEquals(new BruteForce(matcher, needs, vols).best(), Math.round(full.totalScore() * 1e6));
        assertTrue(full.nodesExplored() > 1);
        checkPlan(needs, vols, full);
    }

    @Test
    void largeInstancesAreNeverWorseThanGreedy() {
        for (long seed = 1; seed <= 3; seed++) {
            RandomRegistry r = new RandomRegistry(1000 + seed, TODAY);
            List<NeedSpec> needs = r.needs(200);
            List<VolunteerProfile> vols = r.volunteers(500);
            Planner planner = new Planner(matcher, 60);
            long t0 = System.nanoTime();
            Plan plan = planner.plan(needs, vols);
            long t1 = System.nanoTime();
            Plan greedy = planner.greedy(needs, vols);
            long t2 = System.nanoTime();
            System.out.printf("plan 200x500 seed %d: total %.3f (greedy %.3f), %d pairs, %d nodes, optimal=%s, %d ms"
                    + " (greedy incl. candidate scoring %d ms)%n", seed, plan.totalScore(), greedy.totalScore(),
                    plan.pairs().size(), plan.nodesExplored(), plan.optimal(), (t1 - t0) / 1_000_000,
                    (t2 - t1) / 1_000_000);
            assertTrue(plan.totalScore() >= greedy.totalScore() - 1e-9);
            checkPlan(needs, vols, plan);
            checkPlan(needs, vols, greedy);
        }
    }

    @Test
    void timing1000NeedsWith30CandidatesEach() {
        RandomRegistry r = new RandomRegistry(77, TODAY);
        List<NeedSpec> needs = r.needs(1000);
        List<VolunteerProfile> vols = r.volunteers(300);
        Matcher m = new Matcher(larvik, TODAY);
        long t0 = System.nanoTime();
        int candidates = 0;
        for (NeedSpec n : needs) {
            candidates += m.suggest(n, vols.subList(0, 30), 5).eligible();
            vols.add(vols.remove(0));
        }
        long t1 = System.nanoTime();
        System.out.printf("suggest: 1000 needs x 30 candidates: %d ms (%d eligible)%n", (t1 - t0) / 1_000_000,
                candidates);
        // the plan over the same registry: about 30 eligible candidates per need
        List<VolunteerProfile> many = new RandomRegistry(78, TODAY).volunteers(650);
        Planner planner = new Planner(m, 5);
        long t2 = System.nanoTime();
        Plan greedy = planner.greedy(needs, many);
        long t3 = System.nanoTime();
        Plan plan = planner.plan(needs, many);
        long t4 = System.nanoTime();
        System.out.printf("plan: 1000 needs x 650 volunteers: greedy %d ms (total %.3f), plan with %d nodes %d ms"
                + " (total %.3f, %d pairs, %d slots unfilled)%n", (t3 - t2) / 1_000_000, greedy.totalScore(),
                plan.nodesExplored(), (t4 - t3) / 1_000_000, plan.totalScore(), plan.pairs().size(),
                plan.unfilled().stream().mapToInt(Plan.Unfilled::missing).sum());
        assertTrue(plan.totalScore() >= greedy.totalScore() - 1e-9);
    }

    static void checkPlan(List<NeedSpec> needs, List<VolunteerProfile> vols, Plan plan) {
        Map<String, NeedSpec> needById = new HashMap<>();
        needs.forEach(n -> needById.put(n.id(), n));
        Map<String, VolunteerProfile> volById = new HashMap<>();
        vols.forEach(v -> volById.put(v.id(), v));
        Map<String, Set<String>> perNeed = new HashMap<>();
        Map<String, List<BitSet>> perVolunteer = new HashMap<>();
        MunicipalitySettings s = MunicipalitySettings.defaults("larvik");
        for (Suggestion p : plan.pairs()) {
            NeedSpec n = needById.get(p.needId());
            VolunteerProfile v = volById.get(p.volunteerId());
            assertNull(Oracle.broken(n, v, p.servedWindows(), s, TODAY), p.toString());
            assertTrue(perNeed.computeIfAbsent(n.id(), k -> new HashSet<>()).add(v.id()), "distinct people");
            BitSet mine = Oracle.minutes(p.servedWindows());
            for (BitSet other : perVolunteer.computeIfAbsent(v.id(), k -> new ArrayList<>())) {
                assertTrue(!other.intersects(mine), "volunteer " + v.id() + " double booked in plan");
            }
            perVolunteer.get(v.id()).add(mine);
        }
        for (Map.Entry<String, Set<String>> e : perNeed.entrySet()) {
            assertTrue(e.getValue().size() <= needById.get(e.getKey()).volunteersNeeded());
        }
        for (Map.Entry<String, List<BitSet>> e : perVolunteer.entrySet()) {
            VolunteerProfile v = volById.get(e.getKey());
            int total = v.committedMinutes() + e.getValue().stream().mapToInt(BitSet::cardinality).sum();
            if (v.maxHoursPerWeek() != null) {
                assertTrue(total <= v.maxHoursPerWeek() * 60, "hours of " + v.id());
            }
        }
    }
}
