package no.sammen.matching.logic;

import static no.sammen.matching.logic.Fixture.TODAY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Random registries from fixed seeds, checked against the naive {@link Oracle}. */
class PropertiesTest {

    private final MunicipalitySettings larvik = MunicipalitySettings.defaults("larvik");

    @Test
    void matcherAgreesWithOracleBothWays() {
        no.sammen.matching.logic.Matcher m = new no.sammen.matching.logic.Matcher(larvik, TODAY);
        int eligible = 0;
        int checked = 0;
        for (long seed = 1; seed <= 2000; seed++) {
            RandomRegistry r = new RandomRegistry(seed, TODAY);
            List<NeedSpec> needs = r.needs(3);
            List<VolunteerProfile> vols = r.volunteers(15);
            for (NeedSpec n : needs) {
                Suggestions s = m.suggest(n, vols, 1000);
                int excluded = s.excluded().values().stream().mapToInt(Integer::intValue).sum();
                assertEquals(vols.size(), s.eligible() + excluded);
                for (VolunteerProfile v : vols) {
                    Assessment a = m.assess(n, v);
                    List<no.sammen.schedule.WeeklyWindow> served =
                            no.sammen.matching.logic.Matcher.servedWindows(n.windows(), v.availability());
                    String broken = Oracle.broken(n, v, served, larvik, TODAY);
                    if (a.eligible()) {
                        assertNull(broken, "seed " + seed + " " + n.id() + "/" + v.id());
                        checkReasons(a.suggestion(), n, v);
                        eligible++;
                    } else {
                        assertNotNull(broken, "seed " + seed + " " + n.id() + "/" + v.id() + " " + a.excludedBy());
                    }
                    checked++;
                }
            }
        }
        System.out.printf("properties: %d pairs checked, %d eligible%n", checked, eligible);
        assertTrue(eligible > 1000, "the generator must produce eligible pairs");
    }

    @Test
    void plansKeepEveryRuleOnThousandsOfRegistries() {
        no.sammen.matching.logic.Matcher m = new no.sammen.matching.logic.Matcher(larvik, TODAY);
        Planner planner = new Planner(m, 500);
        int pairs = 0;
        for (long seed = 1; seed <= 1000; seed++) {
            RandomRegistry r = new RandomRegistry(50_000 + seed, TODAY);
            List<NeedSpec> needs = r.needs(6);
            List<VolunteerProfile> vols = r.volunteers(12);
            Plan plan = planner.plan(needs, vols);
            Plan greedy = planner.greedy(needs, vols);
            PlannerTest.checkPlan(needs, vols, plan);
            PlannerTest.checkPlan(needs, vols, greedy);
            assertTrue(plan.totalScore() >= greedy.totalScore() - 1e-9, "seed " + seed);
            int slots = needs.stream().mapToInt(NeedSpec::volunteersNeeded).sum();
            int missing = plan.unfilled().stream().mapToInt(Plan.Unfilled::missing).sum();
            assertEquals(slots, plan.pairs().size() + missing, "every slot is filled or reported");
            pairs += plan.pairs().size();
        }
        System.out.printf("properties: 1000 plans, %d pairs%n", pairs);
    }

    private static final Pattern KM = Pattern.compile("^(\\d+),(\\d) km unna$");
    private static final Pattern PART = Pattern.compile("^ledig .*, dekker (\\S+) av (\\S+) timer i uka$");

    /** The reasons state what the numbers say. */
    static void checkReasons(Suggestion s, NeedSpec n, VolunteerProfile v) {
        List<String> reasons = s.reasons();
        if (s.distanceKm() != null) {
            Matcher km = KM.matcher(reasons.get(0));
            assertTrue(km.matches(), reasons.get(0));
            double shown = Double.parseDouble(km.group(1) + "." + km.group(2));
            assertEquals(Math.round(s.distanceKm() * 10) / 10.0, shown, 1e-9);
        }
        String time = reasons.stream().filter(x -> x.startsWith("ledig ")).findFirst().orElseThrow();
        int needMinutes = no.sammen.schedule.Schedule.weekly(n.windows()).minutesPerWeek();
        if (time.endsWith("dekker hele behovet")) {
            assertEquals(needMinutes, s.overlapMinutesPerWeek());
        } else {
            Matcher part = PART.matcher(time);
            assertTrue(part.matches(), time);
            assertEquals(s.overlapMinutesPerWeek() / 60.0, Double.parseDouble(part.group(1).replace(',', '.')), 0.05);
            assertEquals(needMinutes / 60.0, Double.parseDouble(part.group(2).replace(',', '.')), 0.05);
        }
        assertEquals(v.hasCar(), reasons.contains("har bil"));
        if (n.requiresPoliceCertificate()) {
            String date = v.policeCertificateValidUntil().format(java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy"));
            assertTrue(reasons.contains("politiattest gyldig til " + date), reasons.toString());
        }
        for (String shared : s.sharedInterests()) {
            assertTrue(reasons.stream().anyMatch(x -> x.startsWith("felles interesse") && x.contains(shared)));
        }
        long active = v.services().stream().filter(VolunteerProfile.Service::binding).count();
        assertTrue(reasons.contains(active == 0 ? "ingen aktive oppdrag nå"
                : active == 1 ? "har 1 aktivt oppdrag" : "har " + active + " aktive oppdrag"), reasons.toString());
        assertTrue(s.score() >= 0 && s.score() <= 1);
    }

    @Test
    void reasonsReadNaturally() {
        NeedSpec n = Fixture.need("n").windows(Fixture.w(java.time.DayOfWeek.TUESDAY, 10, 14)).police()
                .interests("musikk").venue("nome-sjukeheim", "Nome sjukeheim").build();
        VolunteerProfile v = Fixture.vol("v").home(Fixture.north(Fixture.HALSEN, 3.2))
                .police(java.time.LocalDate.of(2029, 1, 10)).interests("sang og musikk")
                .serving("old", "nome-sjukeheim", "Nome sjukeheim", List.of(), false).build();
        Suggestion s = new no.sammen.matching.logic.Matcher(larvik, TODAY).assess(n, v).suggestion();
        assertEquals(List.of("3,2 km unna", "ledig tirsdager 10–14, dekker hele behovet", "felles interesse: musikk",
                "politiattest gyldig til 10.01.2029", "har bil", "har vært på Nome sjukeheim før",
                "ingen aktive oppdrag nå"), s.reasons());
        assertEquals(List.of("musikk"), s.sharedInterests());
        assertEquals(240, s.overlapMinutesPerWeek());
    }

    @Test
    void nynorskMeetsBokmal() {
        NeedSpec n = Fixture.need("n").title("Besøk på sjukeheimen").interests("turgåing").build();
        VolunteerProfile v = Fixture.vol("v").interests("tur").build();
        Suggestion s = new no.sammen.matching.logic.Matcher(larvik, TODAY).assess(n, v).suggestion();
        assertEquals(List.of("turgåing"), s.sharedInterests());
    }

    @Test
    void ruralDistanceCountsLessInVinje() {
        NeedSpec n = Fixture.need("n").build();
        VolunteerProfile v = Fixture.vol("v").home(Fixture.north(Fixture.HALSEN, 12)).build();
        double vinje = new no.sammen.matching.logic.Matcher(MunicipalitySettings.defaults("vinje"), TODAY).assess(n, v)
                .suggestion().score();
        double follo = new no.sammen.matching.logic.Matcher(MunicipalitySettings.defaults("nordre-follo"), TODAY)
                .assess(n, v).suggestion().score();
        assertTrue(vinje > follo, vinje + " vs " + follo);
        assertTrue(Map.of("porsgrunn", 4.0, "larvik", 5.0, "nordre-follo", 3.0, "vinje", 15.0, "nome", 8.0).entrySet()
                .stream().allMatch(e -> MunicipalitySettings.defaults(e.getKey()).typicalTravelKm() == e.getValue()));
    }
}
