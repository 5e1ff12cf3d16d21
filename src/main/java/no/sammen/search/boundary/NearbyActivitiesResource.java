package no.sammen.search.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import no.sammen.platform.PageRequest;
import no.sammen.platform.Problem;
import no.sammen.platform.Violations;
import no.sammen.registry.activities.boundary.ActivityJson;
import no.sammen.search.control.NearbyOffers;

/**
 * For residents and the staff helping them: offers open without a decision (vedtak) near a point, the ones
 * happening soonest first and, on the same day, the nearest first.
 */
@Path("activities/near")
@RequestScoped
@Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
public class NearbyActivitiesResource {

    static final double DEFAULT_RADIUS_KM = 5;
    private static final int CANDIDATES = 500;

    @Inject
    NearbyOffers nearby;

    /** One offer with how far away it is and when it next happens. */
    public record Nearby(ActivityJson activity, Double distanceKm, LocalDateTime nextStart, LocalDateTime nextEnd) {
    }

    @GET
    public Map<String, Object> near(@QueryParam("lat") String lat, @QueryParam("lon") String lon,
            @QueryParam("radiusKm") String radiusKm, @QueryParam("q") String q,
            @QueryParam("day") String day, @QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("interest") String interest, @QueryParam("targetGroup") String targetGroup,
            @QueryParam("limit") String limit) {
        PageRequest page = PageRequest.of(null, limit);
        Violations v = new Violations();
        if (lat == null || lon == null || lat.isBlank() || lon.isBlank()) {
            v.add("lat", "lat and lon are required, e.g. lat=59.140&lon=9.656");
        }
        SearchParameters.Place place = SearchParameters.place(v, lat == null || lon == null ? null : lat + "," + lon,
                radiusKm == null || radiusKm.isBlank() ? Double.toString(DEFAULT_RADIUS_KM) : radiusKm);
        int[] week = SearchParameters.week(v, day, from, to);
        v.throwIfAny();
        List<Nearby> offers = new ArrayList<>();
        for (NearbyOffers.Offer offer : nearby.find(q, place.point(), place.radiusKm(), week,
                SearchParameters.tag(targetGroup), SearchParameters.tag(interest), CANDIDATES)) {
            offers.add(new Nearby(ActivityJson.of(offer.activity()), offer.distanceKm(),
                    offer.next() == null ? null : offer.next().start().toLocalDateTime(),
                    offer.next() == null ? null : offer.next().end().toLocalDateTime()));
        }
        offers.sort(Comparator.comparing((Nearby n) -> n.nextStart() == null ? LocalDate.MAX : n.nextStart().toLocalDate())
                .thenComparing(n -> n.distanceKm() == null ? Double.MAX_VALUE : n.distanceKm()));
        List<Nearby> items = offers.stream().limit(page.limit()).toList();
        return Map.of("items", items, "total", offers.size(), "radiusKm", place.radiusKm());
    }
}
