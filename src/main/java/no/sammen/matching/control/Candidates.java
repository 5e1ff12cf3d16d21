package no.sammen.matching.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import no.sammen.geo.GeoPoint;
import no.sammen.places.entity.Municipality;
import no.sammen.registry.volunteers.entity.Volunteer;
import no.sammen.search.control.Indexables;
import no.sammen.search.control.NearestVolunteers;
import no.sammen.search.control.Search;
import no.sammen.search.control.SearchRequest;

/**
 * The volunteers worth checking for a need: those of the municipality within the longest distance anyone
 * there may travel, found in the search index (nearest first) rather than by reading the whole registry.
 * A need without a place has no travel rule: any volunteer of the municipality, up to the same cap.
 */
@ApplicationScoped
public class Candidates {

    /** Volunteers weighed per suggestion request at most: the nearest this many. */
    public static final int MAX_CANDIDATES = 2_000;

    @Inject
    Search search;

    @PersistenceContext
    EntityManager em;

    @Inject
    NearestVolunteers nearest;

    /** Only the ids, nearest first (2 km beyond the limit, as homes are blurred to about a kilometre in the index). */
    public List<Long> idsNear(Municipality municipality, GeoPoint location, double maxTravelKm) {
        if (location != null) {
            return nearest.ids(municipality.getSlug(), location, maxTravelKm + 2, MAX_CANDIDATES);
        }
        return search.ids(new SearchRequest(null, Set.of(Indexables.VOLUNTEER), municipality.getSlug(),
                null, location, location == null ? null : maxTravelKm + 2, null, null, null, null, null, true, 0,
                MAX_CANDIDATES));
    }

    /** Every volunteer of the municipality, by id. */
    public List<Long> idsIn(Municipality municipality) {
        return em.createQuery("SELECT v.id FROM Volunteer v WHERE v.municipality = :m ORDER BY v.id", Long.class)
                .setParameter("m", municipality).getResultList();
    }

    public List<Volunteer> load(java.util.Collection<Long> candidateIds) {
        List<Long> ids = List.copyOf(candidateIds);
        List<Volunteer> volunteers = new ArrayList<>();
        for (int from = 0; from < ids.size(); from += 500) {
            volunteers.addAll(em.createQuery("SELECT v FROM Volunteer v WHERE v.id IN :ids", Volunteer.class)
                    .setParameter("ids", ids.subList(from, Math.min(ids.size(), from + 500)))
                    .setHint("eclipselink.batch.type", "IN")
                    .setHint("eclipselink.batch", "v.courses")
                    .getResultList());
        }
        return volunteers;
    }
}
