package no.sammen.matching.logic;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import no.sammen.geo.GeoPoint;
import no.sammen.schedule.WeeklyWindow;

/** Random but plausible needs and volunteers around Larvik, from a seed. */
final class RandomRegistry {

    static final String[] INTERESTS = {"musikk", "turgåing", "kafé", "hage", "digital hjelp", "samtale", "transport",
        "matlaging", "sang", "nettbrett", "strikking", "trim"};
    static final String[] GROUPS = {"eldre", "demens", "barn og unge", "innvandrere", "psykisk helse"};
    static final String[] VENUES = {"gloppe", "soebakken", "byskogen", "halsen"};

    final Random random;
    final LocalDate today;

    RandomRegistry(long seed, LocalDate today) {
        this.random = new Random(seed);
        this.today = today;
    }

    private GeoPoint point() {
        return GeoPoint.of(59.03 + random.nextDouble() * 0.08, 9.98 + random.nextDouble() * 0.12);
    }

    private WeeklyWindow window(int maxHours) {
        DayOfWeek day = DayOfWeek.of(1 + random.nextInt(5));
        int start = 8 + random.nextInt(8);
        int len = 1 + random.nextInt(maxHours);
        int minute = random.nextInt(4) == 0 ? 30 : 0;
        return WeeklyWindow.of(day, LocalTime.of(start, minute), LocalTime.of(Math.min(23, start + len), 0));
    }

    private List<String> pick(String[] from, int max) {
        List<String> out = new ArrayList<>();
        int n = random.nextInt(max + 1);
        for (int i = 0; i < n; i++) {
            String s = from[random.nextInt(from.length)];
            if (!out.contains(s)) {
                out.add(s);
            }
        }
        return out;
    }

    NeedSpec need(String id) {
        List<WeeklyWindow> ws = new ArrayList<>();
        int k = 1 + random.nextInt(2);
        for (int i = 0; i < k; i++) {
            ws.add(window(3));
        }
        LocalDate start = today.plusDays(random.nextInt(60) - 30);
        LocalDate end = random.nextInt(20) == 0 ? today.minusDays(1 + random.nextInt(5))
                : random.nextBoolean() ? null : start.plusDays(random.nextInt(300));
        boolean resident = random.nextInt(3) == 0;
        String venue = VENUES[random.nextInt(VENUES.length)];
        return new NeedSpec(id, "Behov " + id, null, venue, venue, resident ? "R" + random.nextInt(5) : null,
                random.nextInt(10) == 0 ? null : point(), ws, start, end, pick(INTERESTS, 2), pick(GROUPS, 1),
                random.nextInt(8) == 0 ? List.of("ar") : List.of("no"), 1 + (random.nextInt(4) == 0 ? 1 : 0),
                random.nextInt(3) == 0 ? 30 + 30 * random.nextInt(4) : null, random.nextInt(3) == 0,
                random.nextInt(6) == 0, random.nextInt(6) == 0 ? List.of("demensopplæring") : List.of(), resident);
    }

    VolunteerProfile volunteer(String id) {
        List<WeeklyWindow> free = new ArrayList<>();
        int k = 1 + random.nextInt(4);
        for (int i = 0; i < k; i++) {
            free.add(window(8));
        }
        List<VolunteerProfile.Service> services = new ArrayList<>();
        int s = random.nextInt(3);
        for (int i = 0; i < s; i++) {
            String venue = VENUES[random.nextInt(VENUES.length)];
            services.add(new VolunteerProfile.Service("old" + i, venue, venue,
                    random.nextInt(4) == 0 ? "R" + random.nextInt(5) : null, pick(GROUPS, 1), List.of(window(2)),
                    random.nextBoolean()));
        }
        List<VolunteerProfile.Course> courses = random.nextBoolean() ? List.of()
                : List.of(new VolunteerProfile.Course("demensopplæring",
                        random.nextBoolean() ? null : today.plusDays(random.nextInt(400))));
        return new VolunteerProfile(id, id, point(), random.nextBoolean() ? null : 2.0 + random.nextInt(15),
                random.nextBoolean(), pick(INTERESTS, 3), random.nextInt(6) == 0 ? List.of("ar", "en") : List.of("nb"),
                free, random.nextInt(5) == 0 ? today.plusDays(random.nextInt(20)) : null,
                random.nextInt(4) == 0 ? today.plusDays(random.nextInt(400)) : null,
                random.nextBoolean() ? null : 2.0 + random.nextInt(8),
                random.nextInt(3) == 0 ? null : today.plusDays(random.nextInt(800)), random.nextInt(4) != 0, courses,
                services);
    }

    List<NeedSpec> needs(int n) {
        List<NeedSpec> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(need(String.format("n%04d", i)));
        }
        return out;
    }

    List<VolunteerProfile> volunteers(int n) {
        List<VolunteerProfile> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(volunteer(String.format("v%04d", i)));
        }
        return out;
    }
}
