package no.sammen.matching.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.sammen.matching.logic.Assessment;
import no.sammen.matching.logic.Explanations;
import no.sammen.matching.logic.Matcher;
import no.sammen.matching.logic.NeedSpec;
import no.sammen.matching.logic.Plan;
import no.sammen.matching.logic.Planner;
import no.sammen.matching.logic.Rule;
import no.sammen.matching.logic.Suggestion;
import no.sammen.matching.logic.Suggestions;
import no.sammen.matching.logic.VolunteerProfile;
import no.sammen.places.entity.Municipality;
import no.sammen.registry.activities.entity.Activity;
import no.sammen.registry.needs.entity.Need;
import no.sammen.registry.needs.entity.NeedStatus;
import no.sammen.registry.volunteers.entity.Volunteer;
import no.sammen.schedule.Schedule;

/** Suggestions for a need, for a volunteer, and a plan for all open needs of a municipality. */
@ApplicationScoped
@Transactional
public class Matching {

    @PersistenceContext
    EntityManager em;

    @Inject
    Profiles profiles;

    @Inject
    Candidates candidates;

    @Inject
    ProfileCache cache;

    /** One need's best candidates, explained in {@code lang}, and how many were ruled out by which rule. */
    public Suggestions forNeed(Need need, int limit, Explanations lang) {
        Municipality m = need.getMunicipality();
        Matcher matcher = matcher(m, lang);
        NeedSpec spec = profiles.need(need);
        ProfileCache.Stats stats = cache.stats(m);
        List<Long> ids = candidates.idsNear(m, need.getLocation(), farthest(matcher, stats));
        List<ProfileCache.Entry> pool = cache.get(ids);
        // someone already proposed for (or serving) this need is not suggested again, nor counted as excluded
        List<VolunteerProfile> volunteers = pool.stream().filter(e -> !e.openNeeds().contains(spec.id()))
                .map(ProfileCache.Entry::profile).toList();
        return matcher.suggest(spec, volunteers, limit)
                .withOthers(stats.volunteers() - pool.size(), ids.size() >= Candidates.MAX_CANDIDATES);
    }

    /** What a volunteer may help with, best first, and how many open needs each hard rule ruled out. */
    public record ForVolunteer(List<Suggestion> ranked, int eligible, Map<Rule, Integer> excluded) {
    }

    /** "What can I help with": open needs and activities wanting volunteers that this volunteer may take. */
    public ForVolunteer forVolunteer(Volunteer volunteer, int limit, Explanations lang) {
        Municipality m = volunteer.getMunicipality();
        Matcher matcher = matcher(m, lang);
        VolunteerProfile profile = profiles.volunteer(volunteer);
        List<NeedSpec> specs = new ArrayList<>(profiles.needs(openNeeds(m)));
        for (Activity activity : em.createQuery("SELECT a FROM Activity a WHERE a.municipality = :m", Activity.class)
                .setParameter("m", m).getResultList()) {
            if (activity.isNeedsVolunteers()) {
                specs.add(profiles.activity(activity));
            }
        }
        var open = profiles.openPairs(List.of(volunteer.getId()));
        List<Suggestion> eligible = new ArrayList<>();
        Map<Rule, Integer> excluded = new EnumMap<>(Rule.class);
        for (NeedSpec spec : specs) {
            if (spec.volunteersNeeded() <= 0 || open.contains(spec.id() + ":" + profile.id())) {
                continue;
            }
            Assessment assessment = matcher.assess(spec, profile);
            if (assessment.eligible()) {
                eligible.add(assessment.suggestion());
            } else {
                excluded.merge(assessment.excludedBy(), 1, Integer::sum);
            }
        }
        eligible.sort(Comparator.comparingDouble(Suggestion::score).reversed()
                .thenComparing(s -> s.distanceKm() == null ? Double.MAX_VALUE : s.distanceKm()));
        return new ForVolunteer(List.copyOf(eligible.subList(0, Math.min(limit, eligible.size()))), eligible.size(),
                Map.copyOf(excluded));
    }

    /** The best assignment of the municipality's open needs, explained in {@code lang}, and the greedy total. */
    public PlanResult plan(Municipality m, Explanations lang) {
        Matcher matcher = matcher(m, lang);
        List<NeedSpec> needs = new ArrayList<>();
        for (NeedSpec spec : profiles.needs(openNeeds(m))) {
            if (spec.volunteersNeeded() > 0) {
                needs.add(spec);
            }
        }
        // Every volunteer of the municipality: a driver living far from most needs may be the only one for a
        // remote one. The planner itself weighs each need only against those whose travel limit reaches it.
        List<ProfileCache.Entry> pool = needs.isEmpty() ? List.of() : cache.get(candidates.idsIn(m));
        List<VolunteerProfile> volunteers = pool.stream().map(ProfileCache.Entry::profile).toList();
        // A volunteer with a pending proposal for a need must not be proposed for it again; the need's remaining
        // slots (already reduced by its open matches) go to others.
        Map<String, Set<String>> open = new HashMap<>(); // need id → volunteers with an open match for it
        pool.forEach(e -> e.openNeeds().forEach(n -> open.computeIfAbsent(n, k -> new HashSet<>()).add(e.profile().id())));
        // Each branch-and-bound node re-solves the flow; a few dozen keep a municipality's plan to seconds.
        // Whether the cap was hit is in the answer ("optimal"); the plan is never worse than greedy.
        Planner planner = new Planner(matcher, PLAN_NODE_CAP,
                (need, volunteer) -> open.getOrDefault(need, Set.of()).contains(volunteer), PLAN_TIME_BUDGET);
        Planner.Solution solution = planner.solve(needs, volunteers);
        Plan plan = solution.plan();
        double greedy = solution.greedy().totalScore();
        return new PlanResult(plan, greedy, needs);
    }

    static final int PLAN_NODE_CAP = 30;
    /** A coordinator waits for the plan: branch and bound stops refining after this, keeping the best so far. */
    static final Duration PLAN_TIME_BUDGET =
            Duration.ofMillis(Long.getLong("sammen.plan.budgetMillis", 2_500));

    /** A plan with the greedy total beside it and the needs it was made for. */
    public record PlanResult(Plan plan, double greedyTotal, List<NeedSpec> needs) {
    }

    private List<Need> openNeeds(Municipality m) {
        return em.createQuery("SELECT n FROM Need n WHERE n.municipality = :m AND n.status = :open ORDER BY n.id",
                Need.class).setParameter("m", m).setParameter("open", NeedStatus.OPEN).getResultList();
    }

    /** A matcher per request: the language is in its reasons only, never in the cached profiles. */
    private Matcher matcher(Municipality m, Explanations lang) {
        return new Matcher(profiles.settings(m), LocalDate.now(Schedule.OSLO), lang);
    }

    /** The farthest any volunteer of the municipality may go: a car owner's default, or more if they said so. */
    private static double farthest(Matcher matcher, ProfileCache.Stats stats) {
        return Math.max(matcher.settings().defaultCarTravelKm(), Math.min(stats.maxOwnTravelKm(), 200));
    }
}
