package no.sammen.matching.logic;

import java.time.LocalDate;
import java.util.BitSet;
import java.util.List;
import no.sammen.schedule.WeeklyWindow;

/**
 * An independent, naive statement of the hard rules (minute bitmaps of the week, day-by-day dates) to check
 * the matcher and planner against.
 */
final class Oracle {

    private Oracle() {
    }

    static BitSet minutes(List<WeeklyWindow> ws) {
        BitSet b = new BitSet(WeeklyWindow.MINUTES_PER_WEEK);
        for (WeeklyWindow w : ws) {
            b.set(w.startMinuteOfWeek(), w.endMinuteOfWeek());
        }
        return b;
    }

    /** Null when every rule holds for serving {@code served} of the need; else a description. */
    static String broken(NeedSpec n, VolunteerProfile v, List<WeeklyWindow> served, MunicipalitySettings s,
            LocalDate today) {
        LocalDate start = n.startDate() == null || n.startDate().isBefore(today) ? today : n.startDate();
        LocalDate end = n.endDate() != null ? n.endDate() : start.plusDays(90);
        if (end.isBefore(start)) {
            return "period is empty";
        }
        for (LocalDate d = start; !d.isAfter(end); d = d.plusDays(1)) {
            final LocalDate day = d;
            if (n.requiresPoliceCertificate() && (v.policeCertificateValidUntil() == null
                    || v.policeCertificateValidUntil().isBefore(day))) {
                return "police on " + day;
            }
            for (String c : n.requiredCourses()) {
                if (v.courses().stream().noneMatch(x -> x.name().equalsIgnoreCase(c)
                        && (x.validUntil() == null || !x.validUntil().isBefore(day)))) {
                    return "course on " + day;
                }
            }
            if ((v.availableFrom() != null && v.availableFrom().isAfter(day))
                    || (v.availableUntil() != null && v.availableUntil().isBefore(day))) {
                return "not available on " + day;
            }
        }
        if ((n.involvesResident() || n.requiresConfidentiality()) && !v.confidentialitySigned()) {
            return "confidentiality";
        }
        if (!n.languages().isEmpty() && n.languages().stream().noneMatch(l -> v.languages().stream()
                .anyMatch(x -> norm(x).equals(norm(l))))) {
            return "language";
        }
        if (n.location() != null) {
            double limit = v.hasCar() ? (v.maxTravelKm() != null ? v.maxTravelKm() : s.defaultCarTravelKm())
                    : Math.min(v.maxTravelKm() != null ? v.maxTravelKm() : Double.MAX_VALUE, s.walkingRadiusKm());
            if (v.home() == null || v.home().distanceKm(n.location()) > limit) {
                return "distance";
            }
        }
        BitSet need = minutes(n.windows());
        BitSet free = minutes(v.availability());
        BitSet mine = minutes(served);
        BitSet outside = (BitSet) mine.clone();
        BitSet both = (BitSet) need.clone();
        both.and(free);
        outside.andNot(both);
        if (!outside.isEmpty()) {
            return "serves outside need ∩ availability";
        }
        if (n.minOverlapMinutes() != null) {
            if (mine.cardinality() < n.minOverlapMinutes()) {
                return "too little overlap";
            }
        } else if (n.windows().stream().noneMatch(w -> {
            BitSet one = minutes(List.of(w));
            one.andNot(mine);
            return one.isEmpty();
        })) {
            return "no whole window";
        }
        int committed = 0;
        for (VolunteerProfile.Service sv : v.services()) {
            if (sv.binding()) {
                if (minutes(sv.windows()).intersects(mine)) {
                    return "double booked";
                }
                committed += sv.minutesPerWeek();
            }
        }
        if (v.maxHoursPerWeek() != null && committed + mine.cardinality() > v.maxHoursPerWeek() * 60) {
            return "hours";
        }
        return null;
    }

    private static String norm(String code) {
        return code.equals("nb") || code.equals("nn") ? "no" : code;
    }
}
