package no.sammen.matching.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import no.sammen.matching.entity.Match;
import no.sammen.matching.entity.MatchStatus;
import no.sammen.matching.logic.Matcher;
import no.sammen.matching.logic.MunicipalitySettings;
import no.sammen.matching.logic.NeedSpec;
import no.sammen.matching.logic.VolunteerProfile;
import no.sammen.places.entity.Municipality;
import no.sammen.registry.activities.entity.Activity;
import no.sammen.registry.needs.entity.Need;
import no.sammen.registry.volunteers.entity.Volunteer;

/** Turns entities into the plain profiles the matching logic works on. */
@ApplicationScoped
public class Profiles {

    /** Prefix of the ids of activities that want volunteers, so they can stand beside needs. */
    public static final String ACTIVITY_PREFIX = "activity:";

    @PersistenceContext
    EntityManager em;

    /** The municipality's stored matching settings over its defaults ({@link MatchingSettings#effective}). */
    public MunicipalitySettings settings(Municipality municipality) {
        return MatchingSettings.effective(municipality);
    }

    /** Match statuses that hold a slot of a need: a pending proposal too, until the volunteer answers. */
    public static final List<MatchStatus> OPEN = List.of(MatchStatus.PROPOSED, MatchStatus.CONTACTED,
            MatchStatus.ACCEPTED, MatchStatus.ACTIVE);

    /** A need with the slots still open: volunteers needed minus open matches (proposed, accepted, active). */
    public NeedSpec need(Need n) {
        return needs(List.of(n)).get(0);
    }

    /**
     * Many needs, with the open matches of all of them counted in one query. A need with a resident's contact
     * on file involves a resident even if its flag says otherwise: the confidentiality rule applies.
     */
    public List<NeedSpec> needs(List<Need> needs) {
        Map<Long, Long> taken = new HashMap<>();
        java.util.Set<Long> withResident = new java.util.HashSet<>();
        List<Long> ids = needs.stream().map(Need::getId).toList();
        for (int from = 0; from < ids.size(); from += 1000) {
            List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + 1000));
            em.createQuery("SELECT m.need.id, COUNT(m) FROM Match m WHERE m.need.id IN :ids AND m.status IN :open"
                            + " GROUP BY m.need.id", Object[].class)
                    .setParameter("ids", chunk)
                    .setParameter("open", OPEN).getResultList()
                    .forEach(row -> taken.put((Long) row[0], ((Number) row[1]).longValue()));
            withResident.addAll(em.createQuery("SELECT r.needId FROM ResidentContact r WHERE r.needId IN :ids",
                    Long.class).setParameter("ids", chunk).getResultList());
        }
        return needs.stream().map(n -> need(n, taken.getOrDefault(n.getId(), 0L), withResident.contains(n.getId())))
                .toList();
    }

    private static NeedSpec need(Need n, long taken, boolean residentOnFile) {
        return new NeedSpec(n.getId().toString(), n.getTitle(), n.getDescription(),
                n.getVenue() == null ? null : n.getVenue().getId().toString(),
                n.getVenue() == null ? null : n.getVenue().getName(), n.getResidentPseudonym(), n.getLocation(),
                n.getSchedule(), n.getStartDate(), n.getEndDate(), n.getInterests(), n.getTargetGroups(),
                n.getLanguages(), (int) Math.max(0, n.getVolunteersNeeded() - taken), n.getMinOverlapMinutes(),
                n.isRequiresPoliceCertificate(), n.isRequiresConfidentiality(), n.getRequiredCourses(),
                n.isInvolvesResident() || residentOnFile);
    }

    /** An activity that wants volunteers, seen as a need for one helper at its times and place. */
    public NeedSpec activity(Activity a) {
        return new NeedSpec(ACTIVITY_PREFIX + a.getId(), a.getTitle(), a.getDescription(),
                a.getVenue() == null ? null : a.getVenue().getId().toString(),
                a.getVenue() == null ? null : a.getVenue().getName(), null, a.getLocation(), a.getSchedule(),
                a.getStartDate(), a.getEndDate(), a.getInterests(), a.getTargetGroups(), List.of("no"), 1, null,
                false, false, List.of(), false);
    }

    /** Volunteers with their match history, which the rules (double booking, hours) and the scores need. */
    public List<VolunteerProfile> volunteers(Collection<Volunteer> volunteers) {
        return entries(volunteers, 0).values().stream().map(ProfileCache.Entry::profile).toList();
    }

    /**
     * Volunteers' profiles with their match history, and the needs each has an open match for, in the order
     * given; the matches of all of them read in one query per thousand.
     */
    public Map<Long, ProfileCache.Entry> entries(Collection<Volunteer> volunteers, long loadedAt) {
        Map<Long, List<VolunteerProfile.Service>> services = new HashMap<>();
        Map<Long, java.util.Set<String>> open = new HashMap<>();
        if (!volunteers.isEmpty()) {
            List<Long> ids = volunteers.stream().map(Volunteer::getId).toList();
            for (int from = 0; from < ids.size(); from += 1000) {
                for (Match m : em.createQuery("SELECT m FROM Match m WHERE m.volunteer.id IN :ids AND m.status <> :declined",
                                Match.class).setParameter("ids", ids.subList(from, Math.min(ids.size(), from + 1000)))
                        .setParameter("declined", MatchStatus.DECLINED).getResultList()) {
                    Long volunteer = m.getVolunteer().getId();
                    services.computeIfAbsent(volunteer, k -> new ArrayList<>()).add(service(m));
                    if (OPEN.contains(m.getStatus())) {
                        open.computeIfAbsent(volunteer, k -> new java.util.HashSet<>()).add(m.getNeed().getId().toString());
                    }
                }
            }
        }
        Map<Long, ProfileCache.Entry> entries = new java.util.LinkedHashMap<>();
        for (Volunteer v : volunteers) {
            entries.put(v.getId(), new ProfileCache.Entry(volunteer(v, services.getOrDefault(v.getId(), List.of())),
                    java.util.Set.copyOf(open.getOrDefault(v.getId(), java.util.Set.of())), loadedAt));
        }
        return entries;
    }

    /** "needId:volunteerId" of every open match, so nobody is proposed twice for the same need. */
    public java.util.Set<String> openPairs(Collection<Long> volunteerIds) {
        java.util.Set<String> pairs = new java.util.HashSet<>();
        List<Long> ids = List.copyOf(volunteerIds);
        for (int from = 0; from < ids.size(); from += 1000) {
            em.createQuery("SELECT m.need.id, m.volunteer.id FROM Match m WHERE m.volunteer.id IN :ids AND m.status IN :open",
                            Object[].class).setParameter("ids", ids.subList(from, Math.min(ids.size(), from + 1000)))
                    .setParameter("open", OPEN).getResultList()
                    .forEach(row -> pairs.add(row[0] + ":" + row[1]));
        }
        return pairs;
    }

    /** Volunteers' names by id, for showing suggestions and plans. */
    public Map<Long, String> names(Collection<Long> volunteerIds) {
        Map<Long, String> names = new HashMap<>();
        if (!volunteerIds.isEmpty()) {
            em.createQuery("SELECT v.id, v.name FROM Volunteer v WHERE v.id IN :ids", Object[].class)
                    .setParameter("ids", List.copyOf(volunteerIds)).getResultList()
                    .forEach(row -> names.put((Long) row[0], (String) row[1]));
        }
        return names;
    }

    public VolunteerProfile volunteer(Volunteer v) {
        return volunteers(List.of(v)).get(0);
    }

    private static VolunteerProfile.Service service(Match m) {
        Need n = m.getNeed();
        return new VolunteerProfile.Service(n.getId().toString(),
                n.getVenue() == null ? null : n.getVenue().getId().toString(),
                n.getVenue() == null ? null : n.getVenue().getName(), n.getResidentPseudonym(), n.getTargetGroups(),
                Matcher.servedWindows(n.getSchedule(), m.getVolunteer().getAvailability()),
                m.getStatus().bindsVolunteer());
    }

    private static VolunteerProfile volunteer(Volunteer v, List<VolunteerProfile.Service> services) {
        return new VolunteerProfile(v.getId().toString(), v.getName(), v.getHome(), v.getMaxTravelKm(), v.isHasCar(),
                v.getInterests(), v.getLanguages(), v.getAvailability(), v.getAvailableFrom(), v.getAvailableUntil(),
                v.getMaxHoursPerWeek(), v.getVetting().getPoliceCertificateValidUntil(),
                v.getVetting().isConfidentialitySigned(),
                v.getCourses().stream().map(c -> new VolunteerProfile.Course(c.name(), c.validUntil())).toList(),
                services);
    }
}
