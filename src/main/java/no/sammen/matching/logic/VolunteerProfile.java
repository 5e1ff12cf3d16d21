package no.sammen.matching.logic;

import java.time.LocalDate;
import java.util.List;
import no.sammen.geo.GeoPoint;
import no.sammen.schedule.WeeklyWindow;

/**
 * What the matcher needs to know about a frivillig, filled from the Volunteer entity and their matches.
 *
 * @param maxTravelKm     the volunteer's own limit, or null
 * @param maxHoursPerWeek null means no limit
 * @param services        the volunteer's matches (any status except DECLINED): binding ones (ACCEPTED/ACTIVE)
 *                        take time; all of them count for continuity and target-group experience
 */
public record VolunteerProfile(String id, String name, GeoPoint home, Double maxTravelKm, boolean hasCar,
        List<String> interests, List<String> languages, List<WeeklyWindow> availability, LocalDate availableFrom,
        LocalDate availableUntil, Double maxHoursPerWeek, LocalDate policeCertificateValidUntil,
        boolean confidentialitySigned, List<Course> courses, List<Service> services) {

    public VolunteerProfile {
        interests = interests == null ? List.of() : List.copyOf(interests);
        languages = languages == null ? List.of() : List.copyOf(languages);
        availability = availability == null ? List.of() : List.copyOf(availability);
        courses = courses == null ? List.of() : List.copyOf(courses);
        services = services == null ? List.of() : List.copyOf(services);
    }

    /** A completed course; validUntil null means it does not expire. */
    public record Course(String name, LocalDate validUntil) {
    }

    /**
     * A match the volunteer has or had.
     *
     * @param windows the weekly windows the volunteer serves in it ({@link Matcher#servedWindows})
     * @param binding ACCEPTED or ACTIVE: the time is taken
     */
    public record Service(String needId, String venueId, String venueName, String residentKey,
            List<String> targetGroups, List<WeeklyWindow> windows, boolean binding) {
        public Service {
            targetGroups = targetGroups == null ? List.of() : List.copyOf(targetGroups);
            windows = windows == null ? List.of() : List.copyOf(windows);
        }

        public int minutesPerWeek() {
            return windows.stream().mapToInt(WeeklyWindow::minutes).sum();
        }
    }

    /**
     * The profile as if the volunteer had no match for this need: to explain an existing match, its own booking must
     * not count as a clash with itself.
     */
    public VolunteerProfile withoutServiceFor(String needId) {
        return new VolunteerProfile(id, name, home, maxTravelKm, hasCar, interests, languages, availability,
                availableFrom, availableUntil, maxHoursPerWeek, policeCertificateValidUntil, confidentialitySigned,
                courses, services.stream().filter(s -> !s.needId().equals(needId)).toList());
    }

    int committedMinutes() {
        int minutes = 0;
        for (Service s : services) {
            if (s.binding()) {
                minutes += s.minutesPerWeek();
            }
        }
        return minutes;
    }

    int activeMatches() {
        int active = 0;
        for (Service s : services) {
            if (s.binding()) {
                active++;
            }
        }
        return active;
    }
}
