package no.sammen.matching.logic;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
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
        Map<String, VolunteerProfile> byId = new HashMap<>();
        for (VolunteerProfile v : volunteers) {
            Assessment a = weigh(need, v);
            if (a.eligible()) {
                ranked.add(a.suggestion());
                byId.put(v.id(), v);
            } else {
                excluded.merge(a.excludedBy(), 1, Integer::sum);
            }
        }
        ranked.sort(BEST_FIRST);
        int eligible = ranked.size();
        // weighed without reasons: only those shown are explained
        List<Suggestion> shown = new ArrayList<>();
        for (Suggestion s : ranked.subList(0, Math.min(limit, eligible))) {
            shown.add(assess(need, byId.get(s.volunteerId())).suggestion());
        }
        return new Suggestions(need.id(), List.copyOf(shown), eligible, Map.copyOf(excluded));
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
        return served(Schedule.weekly(need).windows(), Schedule.weekly(availability).windows());
    }

    /** As {@link #servedWindows} for windows already normalised ({@link Schedule#windows()}). */
    private static List<WeeklyWindow> served(List<WeeklyWindow> need, List<WeeklyWindow> availability) {
        List<WeeklyWindow> served = new ArrayList<>();
        for (WeeklyWindow n : need) {
            for (WeeklyWindow a : availability) {
                if (n.overlapMinutes(a) > 0) {
                    LocalTime from = n.start().isAfter(a.start()) ? n.start() : a.start();
                    LocalTime to = n.end().isBefore(a.end()) ? n.end() : a.end();
                    served.add(WeeklyWindow.of(n.day(), from, to));
                }
            }
        }
        return served.size() <= 1 ? List.copyOf(served) : Schedule.weekly(served).windows();
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

    /** Facts about the need; kept for the last need asked about, as callers go need by need. */
    private NeedFacts facts(NeedSpec need) {
        NeedFacts last = lastNeed;
        if (last == null || last.need() != need) {
            List<Tag> tags = need.interests().stream().map(this::tag).toList();
            Set<String> text = new HashSet<>(terms(need.title()));
            text.addAll(terms(need.description()));
            tags.forEach(t -> text.addAll(t.terms()));
            last = new NeedFacts(need, periodStart(need), periodEnd(need), Schedule.weekly(need.windows()).windows(),
                    need.location() == null ? 0 : Travel.kmPerDegreeLongitude(need.location()), tags, text);
            lastNeed = last;
        }
        return last;
    }

    /** What the rules need to know about the need itself, worked out once per need rather than per volunteer. */
    private record NeedFacts(NeedSpec need, LocalDate start, LocalDate end, List<WeeklyWindow> windows,
            double kmPerDegreeLongitude, List<Tag> tags, Set<String> text) {
    }

    private volatile NeedFacts lastNeed;

    /** Checks every hard rule; when all hold, scores and explains. */
    public Assessment assess(NeedSpec need, VolunteerProfile v) {
        return assess(need, v, true);
    }

    /**
     * As {@link #assess}, but an eligible pair's suggestion has no reasons: the planner weighs hundreds of
     * thousands of pairs and explains only the few hundred it proposes.
     */
    Assessment weigh(NeedSpec need, VolunteerProfile v) {
        return assess(need, v, false);
    }

    private Assessment assess(NeedSpec need, VolunteerProfile v, boolean explained) {
        NeedFacts facts = facts(need);
        LocalDate start = facts.start();
        LocalDate end = facts.end();
        if (end.isBefore(start)) {
            return EXCLUDED.get(Rule.DATES); // the need is over (or ends before it starts)
        }
        if (need.requiresPoliceCertificate()
                && (v.policeCertificateValidUntil() == null || v.policeCertificateValidUntil().isBefore(end))) {
            return EXCLUDED.get(Rule.POLICE_CERTIFICATE);
        }
        List<VolunteerProfile.Course> courses = need.requiredCourses().isEmpty() ? List.of() : new ArrayList<>();
        for (String required : need.requiredCourses()) {
            VolunteerProfile.Course valid = validCourse(v, required, end);
            if (valid == null) {
                return EXCLUDED.get(Rule.COURSE);
            }
            courses.add(valid);
        }
        boolean confidentiality = need.requiresConfidentiality() || need.involvesResident();
        if (confidentiality && !v.confidentialitySigned()) {
            return EXCLUDED.get(Rule.CONFIDENTIALITY);
        }
        if (!need.languages().isEmpty() && !sharesLanguage(need, v)) {
            return EXCLUDED.get(Rule.LANGUAGE);
        }
        if (need.location() != null && (v.home() == null
                || !Travel.within(v.home(), need.location(), facts.kmPerDegreeLongitude(), travelLimitKm(v)))) {
            return EXCLUDED.get(Rule.DISTANCE);
        }
        if ((v.availableFrom() != null && v.availableFrom().isAfter(start))
                || (v.availableUntil() != null && v.availableUntil().isBefore(end))) {
            return EXCLUDED.get(Rule.DATES);
        }
        List<WeeklyWindow> needWindows = facts.windows();
        List<WeeklyWindow> served = served(needWindows, Schedule.weekly(v.availability()).windows());
        int servedMinutes = minutes(served);
        if (!coversMinimum(need, needWindows, served, servedMinutes)) {
            return EXCLUDED.get(Rule.TIME);
        }
        for (VolunteerProfile.Service s : v.services()) {
            if (s.binding() && overlap(s.windows(), served)) {
                return EXCLUDED.get(Rule.DOUBLE_BOOKING);
            }
        }
        if (v.maxHoursPerWeek() != null && v.committedMinutes() + servedMinutes > v.maxHoursPerWeek() * 60 + 1e-9) {
            return EXCLUDED.get(Rule.HOURS);
        }
        Double distance = need.location() == null ? null : v.home().distanceKm(need.location());
        return new Assessment(null,
                score(need, v, distance, needWindows, served, servedMinutes, courses, explained));
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
        for (WeeklyWindow w : need.windows()) {
            for (WeeklyWindow s : served) {
                if (s.covers(w)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static VolunteerProfile.Course validCourse(VolunteerProfile v, String required, LocalDate end) {
        for (VolunteerProfile.Course c : v.courses()) {
            if (c.name() != null && c.name().strip().equalsIgnoreCase(required.strip())
                    && (c.validUntil() == null || !c.validUntil().isBefore(end))) {
                return c;
            }
        }
        return null;
    }

    private static boolean sharesLanguage(NeedSpec need, VolunteerProfile v) {
        for (String wanted : need.languages()) {
            String language = normalisedLanguage(wanted);
            if (language.isEmpty()) {
                continue;
            }
            for (String code : v.languages()) {
                if (language.equals(normalisedLanguage(code))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The canonical language code, or "" for none; remembered, as the same few codes recur millions of times. */
    private static String normalisedLanguage(String code) {
        return code == null ? "" : LANGUAGES.computeIfAbsent(code, c -> Languages.normalise(c).orElse(""));
    }

    private static final Map<String, String> LANGUAGES = new ConcurrentHashMap<>();

    /** One answer per rule: the planner asks millions of times. */
    private static final Map<Rule, Assessment> EXCLUDED = new EnumMap<>(Rule.class);

    static {
        for (Rule rule : Rule.values()) {
            EXCLUDED.put(rule, new Assessment(rule, null));
        }
    }

    private Set<String> terms(String text) {
        return terms.computeIfAbsent(text == null ? "" : text, AnalyzedTerms::forMatching);
    }

    /** Need tags and volunteer tags that meet the other side's tags or free text, need's first. */
    List<String> sharedInterests(NeedSpec need, VolunteerProfile v) {
        NeedFacts facts = facts(need);
        List<Tag> mine = new ArrayList<>(v.interests().size());
        for (String interest : v.interests()) {
            mine.add(tag(interest));
        }
        Set<String> shared = new LinkedHashSet<>();
        for (Tag wanted : facts.tags()) {
            for (Tag offered : mine) {
                if (intersects(wanted.terms(), offered.terms())) {
                    shared.add(wanted.label());
                    break;
                }
            }
        }
        for (Tag offered : mine) {
            String t = offered.label();
            if (!shared.contains(t) && shared.stream().noneMatch(s -> intersects(terms(s), terms(t)))
                    && intersects(offered.terms(), facts.text())) {
                shared.add(t);
            }
        }
        return List.copyOf(shared);
    }

    /** An interest as shown ("musikk") and its analysed terms. */
    private record Tag(String label, Set<String> terms) {
    }

    private Tag tag(String interest) {
        return tags.computeIfAbsent(interest, i -> new Tag(i.strip().toLowerCase(NB), terms(i)));
    }

    private final Map<String, Tag> tags = new ConcurrentHashMap<>();

    private static boolean intersects(Set<String> a, Set<String> b) {
        for (String x : a) {
            if (b.contains(x)) {
                return true;
            }
        }
        return false;
    }

    private Suggestion score(NeedSpec need, VolunteerProfile v, Double distance, List<WeeklyWindow> needWindows,
            List<WeeklyWindow> served, int servedMinutes, List<VolunteerProfile.Course> courses, boolean explained) {
        Weights w = settings.weights();
        List<String> shared = sharedInterests(need, v);
        long needTagsMet = 0;
        for (Tag wanted : facts(need).tags()) {
            if (shared.contains(wanted.label())) {
                needTagsMet++;
            }
        }
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
        if (!explained) {
            return new Suggestion(need.id(), v.id(), score, distance, servedMinutes, served, shared, List.of());
        }

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
