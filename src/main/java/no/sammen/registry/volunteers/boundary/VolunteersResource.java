package no.sammen.registry.volunteers.boundary;

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
import no.sammen.accounts.control.Access;
import no.sammen.places.control.Places;
import no.sammen.platform.Page;
import no.sammen.platform.PageRequest;
import no.sammen.platform.Problem;
import no.sammen.platform.Registry;
import no.sammen.platform.RegistryResource;
import no.sammen.registry.volunteers.control.Volunteers;

@Path("volunteers")
@RequestScoped
@RolesAllowed({"COORDINATOR", "ADMIN"})
@Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
@Consumes(MediaType.APPLICATION_JSON)
public class VolunteersResource extends RegistryResource<VolunteerJson> {

    @Inject
    Volunteers volunteers;

    @Inject
    Places places;

    @Inject
    Access access;

    @Inject
    no.sammen.matching.control.Matches matches;

    @GET
    public Page<VolunteerJson> list(@QueryParam("municipality") String municipality,
            @QueryParam("area") String area, @QueryParam("offset") String offset, @QueryParam("limit") String limit) {
        var m = access.scope(places.municipalityFilter(municipality));
        return access.audited("volunteer", volunteers.list(m, places.areaFilter(area, m), PageRequest.of(offset, limit)));
    }

    @GET
    @Path("{id}")
    @RolesAllowed({"VOLUNTEER", "COORDINATOR", "ADMIN"})
    public VolunteerJson get(@PathParam("id") String id) {
        return read(id);
    }

    @POST
    public Response create(VolunteerJson json) {
        return created(json);
    }

    @PUT
    @Path("{id}")
    @RolesAllowed({"VOLUNTEER", "COORDINATOR", "ADMIN"})
    public VolunteerJson update(@PathParam("id") String id, VolunteerJson json) {
        return updated(id, json);
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed({"VOLUNTEER", "COORDINATOR", "ADMIN"})
    public Response delete(@PathParam("id") String id) {
        return deleted(id);
    }

    /** Everything Sammen holds about a volunteer, for the volunteer to take away («brukerne eier sine egne data»). */
    @GET
    @Path("{id}/export")
    @RolesAllowed({"VOLUNTEER", "COORDINATOR", "ADMIN"})
    public java.util.Map<String, Object> export(@PathParam("id") String id) {
        VolunteerJson profile = read(id);
        return java.util.Map.of("profile", profile, "matches", matches.list(null, null, null, null, profile.id,
                no.sammen.platform.PageRequest.of(null, "500")).items());
    }

    @Override
    protected Registry<?, VolunteerJson> registry() {
        return volunteers;
    }

    @Override
    protected String noun() {
        return "volunteer";
    }
}
