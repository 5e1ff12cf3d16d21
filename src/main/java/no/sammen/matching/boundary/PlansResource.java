package no.sammen.matching.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.sammen.accounts.control.Access;
import no.sammen.matching.control.Matches;
import no.sammen.matching.control.Matching;
import no.sammen.matching.control.PlanStore;
import no.sammen.matching.logic.Explanations;
import no.sammen.matching.logic.NeedSpec;
import no.sammen.matching.logic.Suggestion;
import no.sammen.places.control.Places;
import no.sammen.places.entity.Municipality;
import no.sammen.platform.Conflict;
import no.sammen.platform.Ids;
import no.sammen.platform.InvalidInput;
import no.sammen.platform.NotFound;
import no.sammen.platform.Problem;
import no.sammen.platform.Ref;
import no.sammen.platform.Violations;

/**
 * One plan for all open needs of a municipality: who would go where, what stays unfilled and why, and the
 * greedy total beside it. Accepting all or some pairs creates PROPOSED matches for the coordinator to follow up.
 */
@Path("plans")
@RequestScoped
@RolesAllowed({"COORDINATOR", "ADMIN"})
@Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
@Consumes(MediaType.APPLICATION_JSON)
public class PlansResource {

    @Inject
    Matching matching;

    @Inject
    no.sammen.matching.control.Profiles profiles;

    @Inject
    Matches matches;

    @Inject
    PlanStore store;

    @Inject
    Places places;

    @Inject
    Access access;

    @PersistenceContext
    EntityManager em;

    @Context
    UriInfo uriInfo;

    public static class PlanRequest {
        public Ref municipality;
    }

    public static class Pair {
        public Long need;
        public Long volunteer;
    }

    public static class Acceptance {
        /** The pairs to propose; none or empty means all of them. */
        public List<Pair> pairs;
    }

    @POST
    public Response create(PlanRequest request, @QueryParam("lang") String lang) {
        Violations v = new Violations();
        Municipality m = places.municipality(v, "municipality", request == null ? null : request.municipality, true);
        v.throwIfAny();
        access.requireMunicipality(m);
        // the plan is stored as described, so it keeps the language it was made in
        Matching.PlanResult result = matching.plan(m, Explanations.of(lang));
        PlanStore.Stored<Map<String, Object>> stored = store.put(m.getSlug(), describe(result, m));
        stored.plan().put("id", stored.id());
        return Response.created(uriInfo.getAbsolutePathBuilder().path(Long.toString(stored.id())).build())
                .entity(stored.plan()).build();
    }

    @GET
    @Path("{id}")
    public Map<String, Object> get(@PathParam("id") String id) {
        return stored(id).plan();
    }

    @POST
    @Path("{id}/accept")
    public Map<String, Object> accept(@PathParam("id") String id, Acceptance acceptance) {
        PlanStore.Stored<Map<String, Object>> stored = stored(id);
        @SuppressWarnings("unchecked")
        List<SuggestionJson> pairs = (List<SuggestionJson>) stored.plan().get("pairs");
        List<SuggestionJson> chosen = new ArrayList<>();
        if (acceptance == null || acceptance.pairs == null || acceptance.pairs.isEmpty()) {
            chosen.addAll(pairs);
        } else {
            int i = 0;
            for (Pair pair : acceptance.pairs) {
                SuggestionJson match = pairs.stream().filter(p -> pair != null && String.valueOf(pair.need).equals(p.need)
                        && p.volunteer.equals(pair.volunteer)).findFirst().orElse(null);
                if (match == null) {
                    throw InvalidInput.of("pairs[" + i + "]", "is not a pair of this plan");
                }
                chosen.add(match);
                i++;
            }
        }
        List<Long> created = new ArrayList<>();
        List<Map<String, Object>> skipped = new ArrayList<>();
        for (SuggestionJson pair : chosen) {
            var json = new no.sammen.matching.boundary.MatchJson();
            json.need = Ref.id(Long.parseLong(pair.need));
            json.volunteer = Ref.id(pair.volunteer);
            json.note = "Foreslått av planen (plan " + stored.id() + ")";
            try {
                created.add(matches.create(json).id);
            } catch (Conflict e) {
                skipped.add(Map.of("need", pair.need, "volunteer", pair.volunteer, "reason", e.getMessage()));
            }
        }
        return Map.of("created", created, "skipped", skipped);
    }

    private PlanStore.Stored<Map<String, Object>> stored(String id) {
        PlanStore.Stored<Map<String, Object>> stored = store.<Map<String, Object>>get(Ids.parse("plan", id))
                .orElseThrow(() -> new NotFound("plan", id));
        access.requireMunicipality(places.municipality(Ref.key(stored.municipality()))
                .orElseThrow(() -> new NotFound("plan", id)));
        return stored;
    }

    private Map<String, Object> describe(Matching.PlanResult result, Municipality m) {
        Map<String, String> titles = new HashMap<>();
        result.needs().forEach(n -> titles.put(n.id(), n.title()));
        Map<Long, String> names = profiles.names(
                result.plan().pairs().stream().map(p -> Long.valueOf(p.volunteerId())).distinct().toList());
        List<SuggestionJson> pairs = new ArrayList<>();
        for (Suggestion s : result.plan().pairs()) {
            SuggestionJson json = SuggestionJson.of(s);
            json.title = titles.get(s.needId());
            json.name = names.get(json.volunteer);
            pairs.add(json);
        }
        List<Map<String, Object>> unfilled = new ArrayList<>();
        result.plan().unfilled().forEach(u -> unfilled.add(Map.of("need", u.needId(), "title",
                titles.getOrDefault(u.needId(), ""), "missing", u.missing(), "reason", u.reason())));
        Map<String, Object> plan = new LinkedHashMap<>();
        plan.put("municipality", m.getSlug());
        plan.put("needs", result.needs().size());
        plan.put("slots", result.needs().stream().mapToInt(NeedSpec::volunteersNeeded).sum());
        plan.put("totalScore", round(result.plan().totalScore()));
        plan.put("greedyTotalScore", round(result.greedyTotal()));
        plan.put("optimal", result.plan().optimal());
        plan.put("pairs", pairs);
        plan.put("unfilled", unfilled);
        return plan;
    }

    private static double round(double value) {
        return Math.round(value * 1000) / 1000.0;
    }
}
