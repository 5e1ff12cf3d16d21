package no.sammen.search.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.sammen.geo.GeoPoint;
import no.sammen.registry.activities.entity.Activity;
import no.sammen.registry.activities.entity.CareLevel;
import no.sammen.schedule.Schedule;

/**
 * Offers a resident can simply turn up to (anything but BY_DECISION) near a point, with when each next
 * happens. Shared by the resident-facing endpoints, which only order them differently.
 */
@ApplicationScoped
public class NearbyOffers {

    static final int LOOK_AHEAD_DAYS = 60;

    @Inject
    Search search;

    @PersistenceContext
    EntityManager em;

    /** An offer, how far it is and its next occurrence within two months (null if none). */
    public record Offer(Activity activity, Double distanceKm, Schedule.Occurrence next) {
    }

    /** At most {@code candidates} offers in search order; {@code week} is [from, to) minutes of the week or null. */
    public List<Offer> find(String text, GeoPoint point, double radiusKm, int[] week, String targetGroup,
            String interest, int candidates) {
        SearchResult hits = search.search(new SearchRequest(text, Set.of(Indexables.ACTIVITY), null, null, point,
                radiusKm, week == null ? null : week[0], week == null ? null : week[1], targetGroup, interest, null,
                false, 0, candidates));
        Map<Long, Activity> activities = new HashMap<>();
        List<Long> ids = hits.hits().stream().map(SearchResult.Hit::id).toList();
        if (!ids.isEmpty()) {
            em.createQuery("SELECT a FROM Activity a WHERE a.id IN :ids", Activity.class).setParameter("ids", ids)
                    .getResultList().forEach(a -> activities.put(a.getId(), a));
        }
        LocalDate today = LocalDate.now(Schedule.OSLO);
        List<Offer> offers = new ArrayList<>();
        for (SearchResult.Hit hit : hits.hits()) {
            Activity activity = activities.get(hit.id());
            if (activity == null || activity.getLevel() == CareLevel.BY_DECISION) {
                continue;
            }
            var next = activity.toSchedule().occurrences(today, today.plusDays(LOOK_AHEAD_DAYS)).stream().findFirst();
            offers.add(new Offer(activity, hit.distanceKm(), next.orElse(null)));
        }
        return offers;
    }
}
