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
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.sammen.accounts.control.CurrentUser;
import no.sammen.accounts.entity.Role;
import no.sammen.matching.control.Profiles;
import no.sammen.matching.entity.Match;
import no.sammen.matching.logic.Assessment;
import no.sammen.matching.logic.Explanations;
import no.sammen.matching.logic.Matcher;
import no.sammen.platform.Ids;
import no.sammen.platform.Problem;
import no.sammen.registry.needs.control.Needs;
import no.sammen.registry.needs.entity.Need;
import no.sammen.schedule.Schedule;

/**
 * The volunteers proposed for a need, as an institution may see them: first name and the explanation until
 * the volunteer has said yes, then their contact details for this match only. Coordinators see everything.
 */
@Path("needs/{id}/proposals")
@RequestScoped
@RolesAllowed({"INSTITUTION", "COORDINATOR", "ADMIN"})
@Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
public class ProposalsResource {

    @Inject
    Needs needs;

    @Inject
    Profiles profiles;

    @Inject
    CurrentUser user;

    @PersistenceContext
    EntityManager em;

    @GET
    public Map<String, Object> proposals(@PathParam("id") String id, @QueryParam("lang") String lang) {
        long needId = Ids.parse("need", id);
        needs.find(needId); // applies the access rules (own venue, own municipality) and audits the read
        Need need = em.find(Need.class, needId);
        Explanations explain = Explanations.of(lang);
        Matcher matcher = new Matcher(profiles.settings(need.getMunicipality()), LocalDate.now(Schedule.OSLO), explain);
        var spec = profiles.need(need);
        boolean institution = user.is(Role.INSTITUTION);
        List<Map<String, Object>> items = new ArrayList<>();
        for (Match match : em.createQuery("SELECT m FROM Match m WHERE m.need = :n ORDER BY m.id", Match.class)
                .setParameter("n", need).getResultList()) {
            var volunteer = match.getVolunteer();
            Assessment assessment = matcher.assess(spec,
                    profiles.volunteer(volunteer).withoutServiceFor(need.getId().toString()));
            boolean accepted = match.getStatus().bindsVolunteer() || match.getStatus().name().equals("ENDED");
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("match", match.getId());
            item.put("status", match.getStatus().name());
            item.put("version", match.getVersion());
            item.put("firstName", volunteer.getName().split("\\s+")[0]);
            item.put("reasons", assessment.eligible() ? assessment.suggestion().reasons()
                    : List.of(explain.noLongerMeets(assessment.excludedBy())));
            if (!institution || accepted) {
                Map<String, Object> contact = new LinkedHashMap<>();
                contact.put("name", volunteer.getName());
                contact.put("email", volunteer.getEmail() == null ? "" : volunteer.getEmail());
                contact.put("phone", volunteer.getPhone() == null ? "" : volunteer.getPhone());
                item.put("contact", contact);
            }
            items.add(item);
        }
        return Map.of("need", Map.of("id", need.getId(), "title", need.getTitle()), "proposals", items);
    }
}
