package no.sammen.matching.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.sammen.geo.GeoPoint;
import no.sammen.matching.control.MatchingSettings;
import no.sammen.matching.logic.Explanations;
import no.sammen.matching.logic.OfferRanking;
import no.sammen.platform.PageRequest;
import no.sammen.platform.Problem;
import no.sammen.platform.Violations;
import no.sammen.registry.activities.boundary.ActivityJson;
import no.sammen.registry.activities.entity.Activity;
import no.sammen.search.boundary.SearchParameters;
import no.sammen.search.control.NearbyOffers;
import no.sammen.vocabulary.Vocabulary;

/**
 * Offers for a resident, often found by staff on their behalf: near a point, at the times they can, ranked by
 * what they like, with group offers before one-to-one help when both fit. Nothing about the resident is kept.
 */
@Path("activities/suggestions")
@RequestScoped
@Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
public class OfferSuggestionsResource {

    static final double DEFAULT_RADIUS_KM = 10;

    static final int CANDIDATES = 300;

    @Inject
    NearbyOffers nearby;

    @GET
    public Map<String, Object> suggest(@QueryParam("lat") Double lat, @QueryParam("lon") Double lon,
            @QueryParam("radiusKm") Double radiusKm, @QueryParam("interests") List<String> interests,
            @QueryParam("targetGroup") String targetGroup, @QueryParam("day") String day,
            @QueryParam("from") String from, @QueryParam("to") String to, @QueryParam("limit") String limit,
            @QueryParam("lang") String lang) {
        Violations v = new Violations();
        GeoPoint point = v.point("lat", lat, lon, true);
        double radius = radiusKm == null ? DEFAULT_RADIUS_KM : v.number("radiusKm", radiusKm, 0.1, 200);
        int[] week = SearchParameters.week(v, day, from, to);
        List<String> wanted = new ArrayList<>();
        if (interests != null) {
            interests.forEach(i -> wanted.addAll(Vocabulary.normaliseTags(List.of(i.split(",")))));
        }
        PageRequest page = PageRequest.of(null, limit);
        v.throwIfAny();
        String group = Vocabulary.normaliseTag(targetGroup);
        Map<Long, Activity> activities = new LinkedHashMap<>();
        List<OfferRanking.Offer> offers = new ArrayList<>();
        no.sammen.places.entity.Municipality municipality = null;
        for (NearbyOffers.Offer found : nearby.find(null, point, radius, week, null, null, CANDIDATES)) {
            Activity a = found.activity();
            municipality = municipality == null ? a.getMunicipality() : municipality;
            activities.put(a.getId(), a);
            offers.add(new OfferRanking.Offer(a.getId(), a.getTitle(), a.getInterests(), a.getTargetGroups(),
                    a.getCapacity() == null || a.getCapacity() > 1, found.distanceKm(),
                    found.next() == null ? null : found.next().start().toLocalDateTime()));
        }
        // the travel scale of the municipality of the nearest offer, as that municipality has set it
        double typical = municipality == null ? 5 : MatchingSettings.effective(municipality).typicalTravelKm();
        List<Map<String, Object>> items = new ArrayList<>();
        for (OfferRanking.Ranked r : OfferRanking.rank(offers, wanted, group.isEmpty() ? null : group, typical,
                Explanations.of(lang))) {
            if (items.size() >= page.limit()) {
                break;
            }
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("activity", ActivityJson.of(activities.get(r.offer().id())));
            item.put("score", Math.round(r.score() * 1000) / 1000.0);
            item.put("fits", r.fits());
            item.put("group", r.offer().group());
            item.put("distanceKm", r.offer().distanceKm());
            item.put("sharedInterests", r.sharedInterests());
            item.put("reasons", r.reasons());
            items.add(item);
        }
        return Map.of("items", items, "total", offers.size());
    }
}
