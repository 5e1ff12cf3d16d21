package no.sammen.matching.logic;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import no.sammen.geo.GeoPoint;
import no.sammen.schedule.WeeklyWindow;

/** Builders for the plain records, so tests state only what they are about. */
final class Fixture {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    static final GeoPoint HALSEN = GeoPoint.of(59.062, 10.050);

    private Fixture() {
    }

    static WeeklyWindow w(DayOfWeek d, int fromH, int fromM, int toH, int toM) {
        return WeeklyWindow.of(d, LocalTime.of(fromH, fromM), LocalTime.of(toH, toM));
    }

    static WeeklyWindow w(DayOfWeek d, int fromH, int toH) {
        return w(d, fromH, 0, toH, 0);
    }

    /** "THU 14:00-16:00". */
    static WeeklyWindow parse(String text) {
        String[] p = text.trim().split("[ \\-]");
        DayOfWeek day = switch (p[0].toUpperCase()) {
            case "MON" -> DayOfWeek.MONDAY;
            case "TUE" -> DayOfWeek.TUESDAY;
            case "WED" -> DayOfWeek.WEDNESDAY;
            case "THU" -> DayOfWeek.THURSDAY;
            case "FRI" -> DayOfWeek.FRIDAY;
            case "SAT" -> DayOfWeek.SATURDAY;
            case "SUN" -> DayOfWeek.SUNDAY;
            default -> throw new IllegalArgumentException(text);
        };
        return WeeklyWindow.of(day, LocalTime.parse(p[1]), LocalTime.parse(p[2]));
    }

    /** A point {@code km} north of {@code p} (great circle along the meridian). */
    static GeoPoint north(GeoPoint p, double km) {
        return GeoPoint.of(p.latitude() + km / 6371.0088 * 180 / Math.PI, p.longitude());
    }

    static NeedB need(String id) {
        return new NeedB(id);
    }

    static VolB vol(String id) {
        return new VolB(id);
    }

    static final class NeedB {
        String id;
        String title = "Behov";
        String description;
        String venueId;
        String venueName;
        String residentKey;
        GeoPoint location = HALSEN;
        List<WeeklyWindow> windows = new ArrayList<>(List.of(w(DayOfWeek.TUESDAY, 10, 14)));
        LocalDate start = TODAY;
        LocalDate end;
        List<String> interests = new ArrayList<>();
        List<String> groups = new ArrayList<>();
        List<String> languages = new ArrayList<>(List.of("no"));
        int needed = 1;
        Integer minOverlap;
        boolean police;
        boolean confidentiality;
        List<String> courses = new ArrayList<>();
        boolean resident;

        NeedB(String id) {
            this.id = id;
        }

        NeedB windows(WeeklyWindow... ws) { windows = new ArrayList<>(List.of(ws)); return this; }
        NeedB start(LocalDate d) { start = d; return this; }
        NeedB end(LocalDate d) { end = d; return this; }
        NeedB at(GeoPoint p) { location = p; return this; }
        NeedB police() { police = true; return this; }
        NeedB course(String c) { courses.add(c); return this; }
        NeedB resident(String key) { resident = true; residentKey = key; return this; }
        NeedB residentKeyOnly(String key) { resident = false; residentKey = key; return this; }
        NeedB confidentiality() { confidentiality = true; return this; }
        NeedB venue(String id, String name) { venueId = id; venueName = name; return this; }
        NeedB needed(int n) { needed = n; return this; }
        NeedB minOverlap(Integer m) { minOverlap = m; return this; }
        NeedB interests(String... t) { interests = new ArrayList<>(List.of(t)); return this; }
        NeedB languages(String... t) { languages = new ArrayList<>(List.of(t)); return this; }
        NeedB title(String t) { title = t; return this; }

        NeedSpec build() {
            return new NeedSpec(id, title, description, venueId, venueName, residentKey, location, windows, start, end,
                    interests, groups, languages, needed, minOverlap, police, confidentiality, courses, resident);
        }
    }

    static final class VolB {
        String id;
        GeoPoint home = HALSEN;
        Double maxTravelKm;
        boolean car = true;
        List<String> interests = new ArrayList<>();
        List<String> languages = new ArrayList<>(List.of("nb"));
        List<WeeklyWindow> availability = new ArrayList<>(List.of(w(DayOfWeek.TUESDAY, 8, 16),
                w(DayOfWeek.THURSDAY, 8, 16)));
        LocalDate from;
        LocalDate until;
        Double maxHours;
        LocalDate police;
        boolean confidentiality = true;
        List<VolunteerProfile.Course> courses = new ArrayList<>();
        List<VolunteerProfile.Service> services = new ArrayList<>();

        VolB(String id) {
            this.id = id;
        }

        VolB home(GeoPoint p) { home = p; return this; }
        VolB car(boolean c) { car = c; return this; }
        VolB maxTravel(Double km) { maxTravelKm = km; return this; }
        VolB free(WeeklyWindow... ws) { availability = new ArrayList<>(List.of(ws)); return this; }
        VolB police(LocalDate d) { police = d; return this; }
        VolB course(String n, LocalDate until) { courses.add(new VolunteerProfile.Course(n, until)); return this; }
        VolB confidentiality(boolean b) { confidentiality = b; return this; }
        VolB courses(List<VolunteerProfile.Course> c) { courses = new ArrayList<>(c); return this; }
        VolB dates(LocalDate f, LocalDate u) { from = f; until = u; return this; }
        VolB maxHours(Double h) { maxHours = h; return this; }
        VolB languages(String... l) { languages = new ArrayList<>(List.of(l)); return this; }
        VolB interests(String... t) { interests = new ArrayList<>(List.of(t)); return this; }
        VolB serving(String needId, String venueId, String venueName, List<String> groups, boolean binding,
                WeeklyWindow... ws) {
            services.add(new VolunteerProfile.Service(needId, venueId, venueName, null, groups, List.of(ws), binding));
            return this;
        }

        VolunteerProfile build() {
            return new VolunteerProfile(id, id, home, maxTravelKm, car, interests, languages, availability, from, until,
                    maxHours, police, confidentiality, courses, services);
        }
    }
}
