package no.sammen.search.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import no.sammen.accounts.control.CurrentUser;
import no.sammen.accounts.entity.Role;
import no.sammen.places.control.Places;
import no.sammen.platform.InvalidInput;
import no.sammen.platform.PageRequest;
import no.sammen.platform.Problem;
import no.sammen.platform.Violations;
import no.sammen.registry.activities.entity.CareLevel;
import no.sammen.search.control.Indexables;
import no.sammen.search.control.Search;
import no.sammen.search.control.SearchRequest;
import no.sammen.search.control.SearchResult;

/**
 * One search over venues, organisations, activities, needs and volunteers. User text is text: quotes,
 * brackets and stars are searched for as words, never parsed as query syntax.
 */
@Path("search")
@RequestScoped
@Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
public class SearchResource {

    @Inject
    Search search;

    @Inject
    Places places;

    @Inject
    CurrentUser user;

    @GET
    public SearchResult search(@QueryParam("q") String q, @QueryParam("type") List<String> types,
            @QueryParam("municipality") String municipality, @QueryParam("area") String area,
            @QueryParam("near") String near, @QueryParam("radiusKm") String radiusKm,
            @QueryParam("day") String day, @QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("targetGroup") String targetGroup, @QueryParam("interest") String interest,
            @QueryParam("level") String level, @QueryParam("offset") String offset,
            @QueryParam("limit") String limit) {
        PageRequest page = PageRequest.of(offset, limit);
        var own = user.coordinatorMunicipality();
        Places.Filter where = places.filter(municipality == null && own.isPresent() ? own.get() : municipality, area);
        Violations v = new Violations();
        Set<String> typeSet = types(v, types);
        SearchParameters.Place place = SearchParameters.place(v, near, radiusKm);
        int[] week = SearchParameters.week(v, day, from, to);
        String careLevel = null;
        if (level != null && !level.isBlank()) {
            CareLevel parsed = CareLevel.parse(level);
            if (parsed == null) {
                v.add("level", "must be one of OPEN_TO_ALL, LOW_THRESHOLD, BY_DECISION");
            } else {
                careLevel = parsed.name();
            }
        }
        if (q != null && q.length() > 500) {
            v.add("q", "must be at most 500 characters");
        }
        v.throwIfAny();
        return search.search(new SearchRequest(q, typeSet, where.municipality(), where.areaId(),
                place.point(), place.radiusKm(), week == null ? null : week[0], week == null ? null : week[1],
                SearchParameters.tag(targetGroup), SearchParameters.tag(interest), careLevel,
                mayShowPersonalRecords(where.municipality()), page.offset(), page.limit()));
    }

    @GET
    @Path("suggest")
    public Map<String, Object> suggest(@QueryParam("q") String q, @QueryParam("limit") String limit) {
        PageRequest page = PageRequest.of(null, limit == null ? "8" : limit);
        if (q != null && q.length() > 200) {
            throw InvalidInput.of("q", "must be at most 200 characters");
        }
        return Map.of("q", q == null ? "" : q,
                "suggestions", search.suggest(q, user.is(Role.ADMIN), Math.min(page.limit(), 20)));
    }

    /**
     * Volunteers and needs behind residents are personal: an admin sees them, a coordinator only within their
     * own municipality, everyone else never.
     */
    private boolean mayShowPersonalRecords(String searched) {
        if (user.is(Role.ADMIN)) {
            return true;
        }
        var own = user.coordinatorMunicipality();
        return own.isPresent() && own.get().equals(searched);
    }

    private static Set<String> types(Violations v, List<String> types) {
        Set<String> result = new LinkedHashSet<>();
        if (types == null) {
            return result;
        }
        for (String raw : types) {
            for (String type : raw.split(",")) {
                String t = type.strip().toLowerCase(Locale.ROOT);
                if (t.isEmpty()) {
                    continue;
                }
                if (!Indexables.TYPES.contains(t)) {
                    v.add("type", "must be one or more of " + String.join(", ", Indexables.TYPES));
                } else {
                    result.add(t);
                }
            }
        }
        return result;
    }
}
