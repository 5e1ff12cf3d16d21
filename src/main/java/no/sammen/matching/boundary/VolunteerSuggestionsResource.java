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
import java.util.Map;
import no.sammen.registry.volunteers.control.Volunteers;
import no.sammen.matching.control.Matching;
import no.sammen.matching.logic.Explanations;
import no.sammen.platform.Ids;
import no.sammen.platform.PageRequest;
import no.sammen.platform.Problem;
import no.sammen.registry.needs.entity.Need;
import no.sammen.registry.volunteers.entity.Volunteer;

/** "What can I help with": open needs and activities this volunteer may take, best first, with reasons. */
@Path("volunteers/{id}/suggestions")
@RequestScoped
@Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
public class VolunteerSuggestionsResource {

    @Inject
    Matching matching;

    @Inject
    Volunteers volunteers;

    @PersistenceContext
    EntityManager em;

    @GET
    @RolesAllowed({"VOLUNTEER", "COORDINATOR", "ADMIN"})
    public Map<String, Object> forVolunteer(@PathParam("id") String id, @QueryParam("limit") String limit,
            @QueryParam("lang") String lang) {
        long volunteerId = Ids.parse("volunteer", id);
        volunteers.find(volunteerId); // the access rules (own profile, own municipality) and the audit
        Volunteer volunteer = em.find(Volunteer.class, volunteerId);
        var suggestions = matching.forVolunteer(volunteer, PageRequest.of(null, limit == null ? "10" : limit).limit(),
                Explanations.of(lang));
        Map<String, Object> result = new java.util.LinkedHashMap<>();
        result.put("volunteer", volunteer.getId());
        result.put("suggestions", suggestions.ranked().stream().map(s -> {
            SuggestionJson json = SuggestionJson.of(s);
            json.title = title(s.needId());
            json.volunteer = null;
            return json;
        }).toList());
        result.put("eligible", suggestions.eligible());
        // the same explanation as for a need: how many open needs and activities each rule ruled out
        result.put("excluded", SuggestionJson.excluded(suggestions.excluded()));
        result.put("excludedRules", SuggestionJson.rules(suggestions.excluded(), Explanations.of(lang)));
        return result;
    }

    private String title(String needId) {
        if (needId.startsWith(no.sammen.matching.control.Profiles.ACTIVITY_PREFIX)) {
            var activity = em.find(no.sammen.registry.activities.entity.Activity.class,
                    Long.valueOf(needId.substring(no.sammen.matching.control.Profiles.ACTIVITY_PREFIX.length())));
            return activity == null ? null : activity.getTitle();
        }
        Need need = em.find(Need.class, Long.valueOf(needId));
        return need == null ? null : need.getTitle();
    }
}
