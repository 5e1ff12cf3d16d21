package no.sammen.matching.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.LinkedHashMap;
import java.util.Map;
import no.sammen.matching.control.Candidates;
import no.sammen.matching.control.Matching;
import no.sammen.matching.control.Profiles;
import no.sammen.matching.logic.Explanations;
import no.sammen.matching.logic.Suggestions;
import no.sammen.platform.Ids;
import no.sammen.platform.PageRequest;
import no.sammen.platform.Problem;
import no.sammen.registry.needs.control.Needs;
import no.sammen.registry.needs.entity.Need;

/** Ranked, explained suggestions of volunteers for a need, with how many were ruled out by which rule. */
@Path("needs/{id}/suggestions")
@RequestScoped
@Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
public class NeedSuggestionsResource {

    @Inject
    Matching matching;

    @Inject
    Needs needs;

    @Inject
    Profiles profiles;

    @PersistenceContext
    EntityManager em;

    @GET
    @RolesAllowed({"COORDINATOR", "ADMIN"})
    public Map<String, Object> forNeed(@PathParam("id") String id, @QueryParam("limit") String limit,
            @QueryParam("lang") String lang) {
        long needId = Ids.parse("need", id);
        needs.find(needId); // the access rules (own municipality) and the audit, as for any read of a need
        Need need = em.find(Need.class, needId);
        Suggestions suggestions = matching.forNeed(need, PageRequest.of(null, limit == null ? "10" : limit).limit(),
                Explanations.of(lang));
        Map<Long, String> names = profiles.names(suggestions.ranked().stream().map(s -> Long.valueOf(s.volunteerId())).toList());
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("need", Map.of("id", need.getId(), "title", need.getTitle()));
        result.put("suggestions", suggestions.ranked().stream().map(s -> {
            SuggestionJson json = SuggestionJson.of(s);
            json.name = names.get(json.volunteer);
            json.need = null;
            return json;
        }).toList());
        result.put("eligible", suggestions.eligible());
        result.put("excluded", SuggestionJson.excluded(suggestions.excluded()));
        result.put("excludedRules", SuggestionJson.rules(suggestions.excluded(), Explanations.of(lang)));
        if (suggestions.notConsidered() > 0) {
            result.put("notConsidered", suggestions.notConsidered());
            result.put("considered", Candidates.MAX_CANDIDATES);
        }
        return result;
    }
}
