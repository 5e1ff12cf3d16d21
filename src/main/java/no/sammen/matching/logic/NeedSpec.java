package no.sammen.matching.logic;

import java.time.LocalDate;
import java.util.List;
import no.sammen.geo.GeoPoint;
import no.sammen.schedule.WeeklyWindow;

/**
 * What the matcher needs to know about a behov, filled from the Need entity. Plain data so the rules can be
 * tested without a container.
 *
 * @param venueId           venue (or null); used for continuity ("har vært på … før")
 * @param venueName         shown in reasons
 * @param residentKey       pseudonym of the resident behind the need (or null); continuity with the same person
 * @param location          where the volunteer must go; null when the need has no place (then travel is not a rule)
 * @param volunteersNeeded  slots still to fill; the planner fills them with distinct people
 * @param minOverlapMinutes minutes a week the volunteer must serve; null means "the whole of one weekly window"
 * @param involvesResident  a resident (bruker) is involved; always true when {@code residentKey} names one, so
 *                          the confidentiality rule cannot be skipped by leaving the flag unset
 */
public record NeedSpec(String id, String title, String description, String venueId, String venueName,
        String residentKey, GeoPoint location, List<WeeklyWindow> windows, LocalDate startDate, LocalDate endDate,
        List<String> interests, List<String> targetGroups, List<String> languages, int volunteersNeeded,
        Integer minOverlapMinutes, boolean requiresPoliceCertificate, boolean requiresConfidentiality,
        List<String> requiredCourses, boolean involvesResident) {

    public NeedSpec {
        windows = windows == null ? List.of() : List.copyOf(windows);
        interests = interests == null ? List.of() : List.copyOf(interests);
        targetGroups = targetGroups == null ? List.of() : List.copyOf(targetGroups);
        languages = languages == null ? List.of() : List.copyOf(languages);
        requiredCourses = requiredCourses == null ? List.of() : List.copyOf(requiredCourses);
        involvesResident = involvesResident || (residentKey != null && !residentKey.isBlank());
        if (volunteersNeeded < 0) {
            throw new IllegalArgumentException("volunteersNeeded < 0");
        }
    }
}
