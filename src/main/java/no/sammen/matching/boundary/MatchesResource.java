package no.sammen.matching.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import no.sammen.matching.control.Matches;
import no.sammen.matching.entity.MatchStatus;
import no.sammen.accounts.control.Access;
import no.sammen.places.control.Places;
import no.sammen.platform.InvalidInput;
import no.sammen.platform.Page;
import no.sammen.platform.PageRequest;
import no.sammen.platform.Problem;
import no.sammen.platform.Ref;
import no.sammen.platform.Registry;
import no.sammen.platform.RegistryResource;

@Path("matches")
@RequestScoped
@RolesAllowed({"COORDINATOR", "ADMIN"})
@Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
@Consumes(MediaType.APPLICATION_JSON)
public class MatchesResource extends RegistryResource<MatchJson> {

    @Inject
    Matches matches;

    @Inject
    Places places;

    @Inject
    Access access;

    @RolesAllowed({"VOLUNTEER", "COORDINATOR", "ADMIN"})
    @GET
    public Page<MatchJson> list(@QueryParam("municipality") String municipality, @QueryParam("area") String area,
            @QueryParam("status") String status, @QueryParam("need") String need,
            @QueryParam("volunteer") String volunteer, @QueryParam("offset") String offset,
            @QueryParam("limit") String limit) {
        var m = access.scope(places.municipalityFilter(municipality));
        MatchStatus matchStatus = null;
        if (status != null && !status.isBlank()) {
            matchStatus = MatchStatus.parse(status);
            if (matchStatus == null) {
                throw InvalidInput.of("status", "must be one of PROPOSED, CONTACTED, ACCEPTED, DECLINED, ACTIVE, ENDED");
            }
        }
        Long own = access.ownVolunteer();
        Long volunteerId = own != null ? own : id("volunteer", volunteer);
        return access.audited("match", matches.list(m, places.areaFilter(area, m), matchStatus, id("need", need), volunteerId,
                PageRequest.of(offset, limit)));
    }

    private static Long id(String field, String text) {
        Ref ref = Ref.parse(text);
        if (ref != null && ref.id() == null) {
            throw InvalidInput.of(field, "must be an id");
        }
        return ref == null ? null : ref.id();
    }

    @RolesAllowed({"VOLUNTEER", "COORDINATOR", "ADMIN"})
    @GET
    @Path("{id}")
    public MatchJson get(@PathParam("id") String id) {
        return read(id);
    }

    @POST
    public Response create(MatchJson json) {
        return created(json);
    }

    /**
     * Moves a match on. A volunteer answers yes or no; an institution takes in a volunteer who has said yes
     * (ACCEPTED → ACTIVE) or declines a proposal at its own venue (→ DECLINED) — the rules are in {@link Access} —
     * and gets back only what the proposals list would show it.
     */
    @RolesAllowed({"VOLUNTEER", "INSTITUTION", "COORDINATOR", "ADMIN"})
    @PUT
    @Path("{id}")
    public MatchJson update(@PathParam("id") String id, MatchJson json) {
        MatchJson saved = updated(id, json);
        return access.institutionVenues() == null ? saved : saved.forInstitution();
    }

    @DELETE
    @Path("{id}")
    public Response delete(@PathParam("id") String id) {
        return deleted(id);
    }

    @Override
    protected Registry<?, MatchJson> registry() {
        return matches;
    }

    @Override
    protected String noun() {
        return "match";
    }
}
