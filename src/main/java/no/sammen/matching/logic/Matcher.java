package no.sammen.matching.logic;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import no.sammen.geo.GeoPoint;
import no.sammen.schedule.Schedule;
import no.sammen.schedule.WeeklyWindow;
import no.sammen.search.analysis.AnalyzedTerms;
import no.sammen.vocabulary.Languages;

/**
 * Checks the hard rules of issue 4 and scores eligible volunteers for one need, with explanations.
 *
 * <p>The period a need must be covered is from max(start, today) to its end date, or 90 days on from that
 * start when open-ended; politiattest, courses and the volunteer's available dates must cover all of it.
 * A need without a location has no travel rule; a need with one rules out volunteers without a home point,
 * because the limit cannot be checked. A need without weekly windows cannot be served (TIME).
 */
public final class Matcher {

    /** Days an open-ended need is assumed to run when checking certificates and dates. */
    public static final int OPEN_ENDED_DAYS = 90;

    static final Locale NB = Locale.forLanguageTag("nb-NO");

    private final MunicipalitySettings settings;
    private final LocalDate today;
    private final Explanations explain;
    private final Map<String, Set<String>> terms = new ConcurrentHashMap<>();

    /** Explains in bokmål. */
    public Matcher(MunicipalitySettings settings, LocalDate today) {
        this(settings, today, Explanations.NB);
    }

    /** Explains in the language the client asked for; the rules and scores do not depend on it. */
    public Matcher(MunicipalitySettings settings, LocalDate today, Explanations explain) {
        this.settings = settings;
        this.today = today;
        this.explain = explain;
    }

    /** The language of the reasons. */
    public Explanations explanations() {
        return explain;
    }

    public MunicipalitySettings settings() {
        return settings;
    }

    /** All eligible volunteers, best first (score, then distance, then id); at most {@code limit}. */
    public Suggestions suggest(NeedSpec need, Collection<VolunteerProfile> volunteers, int limit) {
        Map<Rule, Integer> excluded = new EnumMap<>(Rule.class);
        List<Suggestion> ranked = new ArrayList<>();
        for (VolunteerProfile v : volunteers) {
            Assessment a = assess(need, v);
            if (a.eligible()) {
                ranked.add(a.suggestion());
            } else {
                excluded.merge(a.excludedBy(), 1, Integer::sum);
            }
        }
        ranked.sort(BEST_FIRST);
        int eligible = ranked.size();
        return new Suggestions(need.id(), List.copyOf(ranked.subList(0, Math.min(limit, eligible))), eligible,
                Map.copyOf(excluded));
    }

    static final Comparator<Suggestion> BEST_FIRST = Comparator.comparingDouble(Suggestion::score).reversed()
            .thenComparing(s -> s.distanceKm() == null ? Double.MAX_VALUE : s.distanceKm())
            .thenComparing(Suggestion::volunteerId);

    /** First day the need must be covered: its start, or today if it started in the past. */
    public LocalDate periodStart(NeedSpec need) {
        return need.startDate() == null || need.startDate().isBefore(today) ? today : need.startDate();
    }

    /** Last day the need must be covered: its end date, or {@value #OPEN_ENDED_DAYS} days after the start. */
    public LocalDate periodEnd(NeedSpec need) {
        return need.endDate() != null ? need.endDate() : periodStart(need).plusDays(OPEN_ENDED_DAYS);
    }

    /** Travel limit for this volunteer under this municipality's settings. */
    public double travelLimitKm(VolunteerProfile v) {
        if (v.hasCar()) {
            return v.maxTravelKm() != null ? v.maxTravelKm() : settings.defaultCarTravelKm();
        }
        return v.maxTravelKm() != null ? Math.min(v.maxTravelKm(), settings.walkingRadiusKm())
                : settings.walkingRadiusKm();
    }

    /** The parts of the need's windows the volunteer is free for; what they would serve each week. */
    public static List<WeeklyWindow> servedWindows(List<WeeklyWindow> need, List<WeeklyWindow> availability) {
        List<WeeklyWindow> served = new ArrayList<>();
        for (WeeklyWindow n : Schedule.weekly(need).windows()) {
            for (WeeklyWindow a : Schedule.weekly(availability).windows()) {
                if (n.overlapMinutes(a) > 0) {
                    LocalTime from = n.start().isAfter(a.start()) ? n.start() : a.start();
                    LocalTime to = n.end().isBefore(a.end()) ? n.end() : a.end();
                    served.add(WeeklyWindow.of(n.day(), from, to));
                }
            }
        }
        return Schedule.weekly(served).windows();
    }

    static int minutes(List<WeeklyWindow> windows) {
        return windows.stream().mapToInt(WeeklyWindow::minutes).sum();
    }

    static boolean overlap(List<WeeklyWindow> a, List<WeeklyWindow> b) {
        for (WeeklyWindow x : a) {
            for (WeeklyWindow y : b) {
                if (x.overlapMinutes(y) > 0) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Checks every hard rule; when all hold, scores and explains. */
    public Assessment assess(NeedSpec need, VolunteerProfile v) {
        LocalDate start = periodStart(need);
        LocalDate end = periodEnd(need);
        if (end.isBefore(start)) {
            return new Assessment(Rule.DATES, null); // the need is over (or ends before it starts)
        }
        if (need.requiresPoliceCertificate()
                && (v.policeCertificateValidUntil() == null || v.policeCertificateValidUntil().isBefore(end))) {
            return new Assessment(Rule.POLICE_CERTIFICATE, null);
        }
        List<VolunteerProfile.Course> courses = new ArrayList<>();
        for (String required : need.requiredCourses()) {
            Optional<VolunteerProfile.Course> valid = v.courses().stream()
                    .filter(c -> c.name() != null && c.name().strip().equalsIgnoreCase(required.strip()))
                    .filter(c -> c.validUntil() == null || !c.validUntil().isBefore(end))
                    .findFirst();
            if (valid.isEmpty()) {
                return new Assessment(Rule.COURSE, null);
            }
            courses.add(valid.get());
        }
        boolean confidentiality = need.requiresConfidentiality() || need.involvesResident();
        if (confidentiality && !v.confidentialitySigned()) {
            return new Assessment(Rule.CONFIDENTIALITY, null);
        }
        if (!need.languages().isEmpty() && commonLanguages(need, v).isEmpty()) {
            return new Assessment(Rule.LANGUAGE, null);
        }
        Double distance = null;
        if (need.location() != null) {
            if (v.home() == null) {
                return new Assessment(Rule.DISTANCE, null);
            }
            distance = v.home().distanceKm(need.location());
            if (distance > travelLimitKm(v)) {
                return new Assessment(Rule.DISTANCE, null);
            }
        }
        if ((v.availableFrom() != null && v.availableFrom().isAfter(start))
                || (v.availableUntil() != null && v.availableUntil().isBefore(end))) {
            return new Assessment(Rule.DATES, null);
        }
        List<WeeklyWindow> needWindows = Schedule.weekly(need.windows()).windows();
        List<WeeklyWindow> served = servedWindows(needWindows, v.availability());
        int servedMinutes = minutes(served);
        if (!coversMinimum(need, needWindows, served, servedMinutes)) {
            return new Assessment(Rule.TIME, null);
        }
        for (VolunteerProfile.Service s : v.services()) {
            if (s.binding() && overlap(s.windows(), served)) {
                return new Assessment(Rule.DOUBLE_BOOKING, null);
            }
        }
        if (v.maxHoursPerWeek() != null && v.committedMinutes() + servedMinutes > v.maxHoursPerWeek() * 60 + 1e-9) {
            return new Assessment(Rule.HOURS, null);
        }
        return new Assessment(null, score(need, v, distance, needWindows, served, servedMinutes, courses, end));
    }

    private static boolean coversMinimum(NeedSpec need, List<WeeklyWindow> needWindows, List<WeeklyWindow> served,
            int servedMinutes) {
        if (needWindows.isEmpty()) {
            return false;
        }
        if (need.minOverlapMinutes() != null) {
            return servedMinutes >= Math.max(1, need.minOverlapMinutes());
        }
        // the need's windows as entered: "Tue 10–12 and Tue 11–13" is served whole by someone free 10–12
        return need.windows().stream().anyMatch(w -> served.stream().anyMatch(s -> s.covers(w)));
    }

    private static Set<String> commonLanguages(NeedSpec need, VolunteerProfile v) {
        Set<String> mine = new LinkedHashSet<>();
        for (String code : v.languages()) {
            Languages.normalise(code).ifPresent(mine::add);
        }
        Set<String> common = new LinkedHashSet<>();
        for (String code : need.languages()) {
            Languages.normalise(code).filter(mine::contains).ifPresent(common::add);
        }
        return common;
    }

    private Set<String> terms(String text) {
        return terms.computeIfAbsent(text == null ? "" : text, AnalyzedTerms::forMatching);
    }

    /** Need tags and volunteer tags that meet the other side's tags or free text, need's first. */
    List<String> sharedInterests(NeedSpec need, VolunteerProfile v) {
        Set<String> volunteerTerms = new HashSet<>();
        for (String tag : v.interests()) {
            volunteerTerms.addAll(terms(tag));
        }
        Set<String> shared = new LinkedHashSet<>();
        for (String tag : need.interests()) {
            if (intersects(terms(tag), volunteerTerms)) {
                shared.add(tag.strip().toLowerCase(NB));
            }
        }
        Set<String> needText = new HashSet<>(terms(need.title()));
        needText.addAll(terms(need.description()));
        for (String tag : need.interests()) {
            needText.addAll(terms(tag));
        }
        for (String tag : v.interests()) {
            String t = tag.strip().toLowerCase(NB);
            if (!shared.contains(t) && shared.stream().noneMatch(s -> intersects(terms(s), terms(t)))
                    && intersects(terms(tag), needText)) {
                shared.add(t);
            }
        }
        return List.copyOf(shared);
    }

    private static boolean intersects(Set<String> a, Set<String> b) {
        for (String x : a) {
            if (b.contains(x)) {
                return true;
            }
        }
        return false;
    }

    private Suggestion score(NeedSpec need, VolunteerProfile v, Double distance, List<WeeklyWindow> needWindows,
            List<WeeklyWindow> served, int servedMinutes, List<VolunteerProfile.Course> courses, LocalDate end) {
        Weights w = settings.weights();
        List<String> shared = sharedInterests(need, v);
        long needTagsMet = need.interests().stream()
                .filter(t -> shared.contains(t.strip().toLowerCase(NB))).count();
        double interest;
        if (need.interests().isEmpty()) {
            interest = shared.isEmpty() ? 0 : 1;
        } else {
            double tagFit = (double) needTagsMet / need.interests().size();
            interest = 0.8 * tagFit + 0.2 * Math.min(1, shared.size() - needTagsMet);
            if (needTagsMet == 0 && !shared.isEmpty()) {
                interest = 0.3; // only free text met
            }
        }
        int needMinutes = minutes(needWindows);
        double overlapScore = needMinutes == 0 ? 0 : Math.min(1, (double) servedMinutes / needMinutes);
        double travel = distance == null ? 0.5 : 1 / (1 + distance / settings.typicalTravelKm());

        boolean sameResident = need.residentKey() != null && v.services().stream()
                .anyMatch(s -> need.residentKey().equals(s.residentKey()));
        Optional<VolunteerProfile.Service> sameVenue = need.venueId() == null ? Optional.empty()
                : v.services().stream().filter(s -> need.venueId().equals(s.venueId())).findFirst();
        double continuity = sameResident ? 1 : sameVenue.isPresent() ? 0.7 : 0;
        int active = v.activeMatches();
        double fairness = 1.0 / (1 + active);
        Set<String> groups = new LinkedHashSet<>();
        for (VolunteerProfile.Service s : v.services()) {
            for (String g : s.targetGroups()) {
                if (need.targetGroups().stream().anyMatch(ng -> ng.equalsIgnoreCase(g))) {
                    groups.add(g.toLowerCase(NB));
                }
            }
        }
        double targetGroup = groups.isEmpty() ? 0 : 1;
        double raw = (w.interest() * interest + w.overlap() * overlapScore + w.travel() * travel
                + w.continuity() * continuity + w.fairness() * fairness + w.targetGroup() * targetGroup) / w.sum();
        double score = Math.round(raw * 1e6) / 1e6;

        List<String> reasons = new ArrayList<>();
        if (distance != null) {
            reasons.add(explain.away(distance));
        }
        reasons.add(explain.free(served, servedMinutes, needMinutes));
        if (!shared.isEmpty()) {
            reasons.add(explain.sharedInterests(shared));
        }
        if (need.requiresPoliceCertificate()) {
            reasons.add(explain.policeCertificate(v.policeCertificateValidUntil()));
        }
        for (VolunteerProfile.Course c : courses) {
            reasons.add(explain.course(c.name(), c.validUntil()));
        }
        if (need.requiresConfidentiality() || need.involvesResident()) {
            reasons.add(explain.confidentialitySigned());
        }
        if (v.hasCar()) {
            reasons.add(explain.hasCar());
        }
        if (sameResident) {
            reasons.add(explain.knowsResident());
        } else if (sameVenue.isPresent()) {
            reasons.add(explain.beenAt(need.venueName() != null ? need.venueName() : sameVenue.get().venueName()));
        }
        if (!groups.isEmpty()) {
            reasons.add(explain.targetGroups(List.copyOf(groups)));
        }
        reasons.add(explain.activeMatches(active));
        return new Suggestion(need.id(), v.id(), score, distance, servedMinutes, served, shared, List.copyOf(reasons));
    }
}
