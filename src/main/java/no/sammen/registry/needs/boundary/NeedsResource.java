package no.sammen.registry.needs.boundary;

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
import no.sammen.platform.InvalidInput;
import no.sammen.platform.Page;
import no.sammen.platform.PageRequest;
import no.sammen.platform.Problem;
import no.sammen.platform.Registry;
import no.sammen.platform.RegistryResource;
import no.sammen.registry.needs.control.Needs;
import no.sammen.registry.needs.entity.NeedStatus;

@Path("needs")
@RequestScoped
@RolesAllowed({"COORDINATOR", "ADMIN"})
@Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
@Consumes(MediaType.APPLICATION_JSON)
public class NeedsResource extends RegistryResource<NeedJson> {

    @Inject
    Needs needs;

    @Inject
    Places places;

    @Inject
    Access access;

    @RolesAllowed({"INSTITUTION", "COORDINATOR", "ADMIN"})
    @GET
    public Page<NeedJson> list(@QueryParam("municipality") String municipality, @QueryParam("area") String area,
            @QueryParam("status") String status, @QueryParam("offset") String offset,
            @QueryParam("limit") String limit) {
        var m = access.scope(places.municipalityFilter(municipality));
        NeedStatus needStatus = null;
        if (status != null && !status.isBlank()) {
            needStatus = NeedStatus.parse(status);
            if (needStatus == null) {
                throw InvalidInput.of("status", "must be one of OPEN, FILLED, CLOSED");
            }
        }
        return access.audited("need", needs.list(m, places.areaFilter(area, m), needStatus, access.institutionVenues(),
                PageRequest.of(offset, limit)));
    }

    @RolesAllowed({"INSTITUTION", "COORDINATOR", "ADMIN"})
    @GET
    @Path("{id}")
    public NeedJson get(@PathParam("id") String id) {
        return read(id);
    }

    @RolesAllowed({"INSTITUTION", "COORDINATOR", "ADMIN"})
    @POST
    public Response create(NeedJson json) {
        return created(json);
    }

    @RolesAllowed({"INSTITUTION", "COORDINATOR", "ADMIN"})
    @PUT
    @Path("{id}")
    public NeedJson update(@PathParam("id") String id, NeedJson json) {
        return updated(id, json);
    }

    @RolesAllowed({"INSTITUTION", "COORDINATOR", "ADMIN"})
    @DELETE
    @Path("{id}")
    public Response delete(@PathParam("id") String id) {
        return deleted(id);
    }

    @Override
    protected Registry<?, NeedJson> registry() {
        return needs;
    }

    @Override
    protected String noun() {
        return "need";
    }
}
