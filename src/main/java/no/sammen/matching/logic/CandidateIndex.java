package no.sammen.matching.logic;

import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import no.sammen.geo.GeoPoint;
import no.sammen.schedule.Schedule;
import no.sammen.schedule.WeeklyWindow;
import no.sammen.vocabulary.Languages;

/**
 * Which volunteers may pass a need's hard rules, by conditions every eligible volunteer meets, held as bit sets
 * over the volunteers: free at the need's times (each full hour of one of its windows, or some hour of them when
 * the need asks only for some minutes), a common language, confidentiality signed when
 * required, a valid politiattest, and home within their travel limit. Planning a municipality weighs each need
 * only against these, instead of every volunteer against every need (1 000 needs × 30 000 volunteers took
 * seconds of rule checks for 2 % eligible pairs).
 *
 * <p>Every test here is implied by {@link Matcher#assess}, so no eligible volunteer is left out; the rules are
 * still checked in full for those that remain.
 */
final class CandidateIndex {

    private static final int HOURS_PER_WEEK = 7 * 24;

    private final List<VolunteerProfile> volunteers;
    private final Matcher matcher;
    private final int size;
    /** Volunteers free for at least a minute of each hour of the week (Monday 00–01 is 0). */
    private final BitSet[] freeInHour = new BitSet[HOURS_PER_WEEK];
    /** Volunteers free for the whole of each hour of the week. */
    private final BitSet[] freeWholeHour = new BitSet[HOURS_PER_WEEK];
    private final Map<String, BitSet> speaks = new HashMap<>();
    private final BitSet confidentialitySigned = new BitSet();
    private final long[] policeValidUntil;
    private final double[] limitKm;
    private final boolean[] hasHome;

    CandidateIndex(List<VolunteerProfile> volunteers, Matcher matcher) {
        this.volunteers = volunteers;
        this.matcher = matcher;
        size = volunteers.size();
        for (int h = 0; h < HOURS_PER_WEEK; h++) {
            freeInHour[h] = new BitSet(size);
            freeWholeHour[h] = new BitSet(size);
        }
        policeValidUntil = new long[size];
        limitKm = new double[size];
        hasHome = new boolean[size];
        for (int v = 0; v < size; v++) {
            VolunteerProfile p = volunteers.get(v);
            for (WeeklyWindow w : Schedule.weekly(p.availability()).windows()) {
                for (int h = firstHour(w); h <= lastHour(w); h++) {
                    freeInHour[h].set(v);
                    if (whole(w, h)) {
                        freeWholeHour[h].set(v);
                    }
                }
            }
            for (String code : p.languages()) {
                String language = Languages.normalise(code).orElse(null);
                if (language != null) {
                    speaks.computeIfAbsent(language, k -> new BitSet(size)).set(v);
                }
            }
            if (p.confidentialitySigned()) {
                confidentialitySigned.set(v);
            }
            policeValidUntil[v] = p.policeCertificateValidUntil() == null ? Long.MIN_VALUE
                    : p.policeCertificateValidUntil().toEpochDay();
            GeoPoint home = p.home();
            if (home != null && !home.isEmpty()) {
                hasHome[v] = true;
                limitKm[v] = matcher.travelLimitKm(p);
            }
        }
    }

    /** The volunteers that may be eligible for {@code need}; all others certainly are not. */
    BitSet candidates(NeedSpec need) {
        BitSet result = new BitSet(size);
        if (need.minOverlapMinutes() != null) {
            // some minutes a week: free in some hour the need takes place
            for (WeeklyWindow w : Schedule.weekly(need.windows()).windows()) {
                for (int h = firstHour(w); h <= lastHour(w); h++) {
                    result.or(freeInHour[h]);
                }
            }
        } else {
            // the whole of one window (as entered): free for each full hour inside it, and in its partial hours
            for (WeeklyWindow w : need.windows()) {
                BitSet covering = null;
                for (int h = firstHour(w); h <= lastHour(w); h++) {
                    BitSet free = whole(w, h) ? freeWholeHour[h] : freeInHour[h];
                    if (covering == null) {
                        covering = (BitSet) free.clone();
                    } else {
                        covering.and(free);
                    }
                }
                if (covering != null) {
                    result.or(covering);
                }
            }
        }
        if (!need.languages().isEmpty()) {
            BitSet common = new BitSet(size);
            for (String code : need.languages()) {
                Languages.normalise(code).map(speaks::get).ifPresent(common::or);
            }
            result.and(common);
        }
        if (need.requiresConfidentiality() || need.involvesResident()) {
            result.and(confidentialitySigned);
        }
        long end = matcher.periodEnd(need).toEpochDay();
        GeoPoint place = need.location();
        double kmPerDegreeLon = place == null ? 0 : Travel.kmPerDegreeLongitude(place);
        for (int v = result.nextSetBit(0); v >= 0; v = result.nextSetBit(v + 1)) {
            if ((need.requiresPoliceCertificate() && policeValidUntil[v] < end)
                    || (place != null && !reaches(v, place, kmPerDegreeLon))) {
                result.clear(v);
            }
        }
        return result;
    }

    private boolean reaches(int v, GeoPoint place, double kmPerDegreeLon) {
        return hasHome[v] && Travel.within(volunteers.get(v).home(), place, kmPerDegreeLon, limitKm[v]);
    }

    /** Whether the window takes all of hour {@code h} of the week. */
    private static boolean whole(WeeklyWindow w, int h) {
        return w.startMinuteOfWeek() <= h * 60 && w.endMinuteOfWeek() >= (h + 1) * 60;
    }

    private static int firstHour(WeeklyWindow w) {
        return w.startMinuteOfWeek() / 60;
    }

    /** The last hour the window has a minute in: a window ending 14:00 does not reach into 14–15. */
    private static int lastHour(WeeklyWindow w) {
        return (w.endMinuteOfWeek() - 1) / 60;
    }
}
