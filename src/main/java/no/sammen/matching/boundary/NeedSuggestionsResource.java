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
import java.util.List;
import java.util.Map;
import no.sammen.accounts.control.Access;
import no.sammen.matching.control.Matching;
import no.sammen.matching.logic.Suggestions;
import no.sammen.platform.Ids;
import no.sammen.platform.NotFound;
import no.sammen.platform.PageRequest;
import no.sammen.platform.Problem;
import no.sammen.registry.needs.entity.Need;
import no.sammen.registry.volunteers.entity.Volunteer;

/** Ranked, explained suggestions of volunteers for a need, with how many were ruled out by which rule. */
@Path("needs/{id}/suggestions")
@RequestScoped
@Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
public class NeedSuggestionsResource {

    @Inject
    Matching matching;

    @Inject
    Access access;

    @PersistenceContext
    EntityManager em;

    @GET
    @RolesAllowed({"COORDINATOR", "ADMIN"})
    public Map<String, Object> forNeed(@PathParam("id") String id, @QueryParam("limit") String limit) {
        Need need = em.find(Need.class, Ids.parse("need", id));
        if (need == null) {
            throw new NotFound("need", id);
        }
        access.requireMunicipality(need.getMunicipality());
        Suggestions suggestions = matching.forNeed(need, PageRequest.of(null, limit == null ? "10" : limit).limit());
        Map<Long, String> names = names(suggestions.ranked().stream().map(s -> Long.valueOf(s.volunteerId())).toList());
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("need", Map.of("id", need.getId(), "title", need.getTitle()));
        result.put("suggestions", suggestions.ranked().stream().map(s -> {
            SuggestionJson json = SuggestionJson.of(s);
            json.name = names.get(json.volunteer);
            json.need = null;
            return json;
        }).toList());
        result.put("eligible", suggestions.eligible());
        Map<String, Integer> excluded = new LinkedHashMap<>();
        suggestions.excluded().forEach((rule, count) -> excluded.put(rule.name(), count));
        result.put("excluded", excluded);
        return result;
    }

    private Map<Long, String> names(List<Long> ids) {
        Map<Long, String> names = new LinkedHashMap<>();
        if (!ids.isEmpty()) {
            em.createQuery("SELECT v.id, v.name FROM Volunteer v WHERE v.id IN :ids", Object[].class)
                    .setParameter("ids", ids).getResultList().forEach(row -> names.put((Long) row[0], (String) row[1]));
        }
        return names;
    }
}
