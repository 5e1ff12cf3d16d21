package no.sammen.bench;

import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import no.sammen.geo.GeoPoint;
import no.sammen.matching.logic.Matcher;
import no.sammen.matching.logic.MunicipalitySettings;
import no.sammen.matching.logic.NeedSpec;
import no.sammen.matching.logic.Plan;
import no.sammen.matching.logic.Planner;
import no.sammen.matching.logic.VolunteerProfile;
import no.sammen.platform.PointJson;
import no.sammen.platform.WindowJson;
import no.sammen.registry.needs.boundary.NeedJson;
import no.sammen.registry.volunteers.boundary.VolunteerJson;
import no.sammen.schedule.WeeklyWindow;

/**
 * Times a plan for one municipality's open needs in process (no server, no database): the synthetic registry of
 * {@link Synthetic} (the same volunteers and needs {@code POST /api/admin/generate} loads), its volunteers and
 * needs for one municipality turned into matching profiles, then {@link Planner#solve} as {@code POST /api/plans}
 * runs it (node cap and time budget as in {@code Matching}).
 *
 * <pre>
 * java -Xmx1g -cp target/classes:$(cat /tmp/cp.txt) no.sammen.bench.PlanBench \
 *   volunteers=100000 seed=42 municipality=larvik needs=1000 runs=5
 * </pre>
 * {@code needs} takes the municipality's first that many needs (all when left out).
 */
public final class PlanBench {

    public static void main(String[] args) {
        Map<String, String> opts = Args.parse(args);
        int volunteerCount = Integer.parseInt(opts.getOrDefault("volunteers", "100000"));
        long seed = Long.parseLong(opts.getOrDefault("seed", "42"));
        String municipality = opts.getOrDefault("municipality", "larvik");
        int needLimit = Integer.parseInt(opts.getOrDefault("needs", String.valueOf(Integer.MAX_VALUE)));
        int runs = Integer.parseInt(opts.getOrDefault("runs", "5"));
        long budgetMillis = Long.parseLong(opts.getOrDefault("budgetMillis", "2500"));
        int nodeCap = Integer.parseInt(opts.getOrDefault("nodeCap", "30"));
        Synthetic synthetic = new Synthetic(seed, Synthetic.fromSeedFiles(Path.of(opts.getOrDefault("seedDir", "seed"))));

        List<VolunteerProfile> volunteers = new ArrayList<>();
        for (long i = 0; i < volunteerCount; i++) {
            VolunteerJson v = synthetic.volunteer(i);
            if (municipality.equals(v.municipality.key())) {
                volunteers.add(profile(i, v));
            }
        }
        List<NeedSpec> needs = new ArrayList<>();
        for (long i = 0; i < volunteerCount / 10 && needs.size() < needLimit; i++) {
            NeedJson n = synthetic.need(i);
            if (municipality.equals(n.municipality.key())) {
                needs.add(need(i, n));
            }
        }
        int slots = needs.stream().mapToInt(NeedSpec::volunteersNeeded).sum();
        System.out.printf("%s: %d open needs (%d slots), %d volunteers of %d%n", municipality, needs.size(), slots,
                volunteers.size(), volunteerCount);
        Matcher matcher = new Matcher(MunicipalitySettings.defaults(municipality), LocalDate.now());
        long[] millis = new long[runs];
        for (int run = 0; run < runs; run++) {
            long start = System.nanoTime();
            Planner planner = new Planner(matcher, nodeCap, (n, v) -> false, Duration.ofMillis(budgetMillis));
            Planner.Solution solution = planner.solve(needs, volunteers);
            millis[run] = (System.nanoTime() - start) / 1_000_000;
            Plan plan = solution.plan();
            System.out.printf("run %d: %d ms, total %.3f (greedy %.3f), %d pairs, %d slots unfilled, %d nodes,"
                    + " optimal=%s%n", run + 1, millis[run], plan.totalScore(), solution.greedy().totalScore(),
                    plan.pairs().size(), plan.unfilled().stream().mapToInt(Plan.Unfilled::missing).sum(),
                    plan.nodesExplored(), plan.optimal());
        }
        long[] sorted = millis.clone();
        Arrays.sort(sorted);
        System.out.printf("median %d ms, max %d ms over %d runs%n", sorted[runs / 2], sorted[runs - 1], runs);
    }

    private static VolunteerProfile profile(long i, VolunteerJson v) {
        LocalDate validUntil = v.vetting.policeCertificateValidUntil == null ? null
                : LocalDate.parse(v.vetting.policeCertificateValidUntil);
        List<VolunteerProfile.Course> courses = v.vetting.courses == null ? List.of()
                : v.vetting.courses.stream().map(c -> new VolunteerProfile.Course(c.name,
                        c.validUntil == null ? null : LocalDate.parse(c.validUntil))).toList();
        return new VolunteerProfile("v" + i, v.name, point(v.home), v.maxTravelKm, Boolean.TRUE.equals(v.hasCar),
                v.interests, v.languages, windows(v.availability), null, null, v.maxHoursPerWeek, validUntil,
                Boolean.TRUE.equals(v.vetting.confidentialitySigned), courses, List.of());
    }

    private static NeedSpec need(long i, NeedJson n) {
        return new NeedSpec("n" + i, n.title, n.description, null, null, n.residentPseudonym, point(n.location),
                windows(n.schedule), null, null, n.interests, n.targetGroups, n.languages, n.volunteersNeeded, null,
                Boolean.TRUE.equals(n.requirements.policeCertificate),
                Boolean.TRUE.equals(n.requirements.confidentiality), n.requirements.courses,
                Boolean.TRUE.equals(n.involvesResident));
    }

    private static GeoPoint point(PointJson p) {
        return p == null ? null : GeoPoint.of(p.lat, p.lon);
    }

    private static List<WeeklyWindow> windows(List<WindowJson> windows) {
        return windows.stream().map(w -> WeeklyWindow.of(DayOfWeek.valueOf(w.day), LocalTime.parse(w.from),
                LocalTime.parse(w.to))).toList();
    }
}
