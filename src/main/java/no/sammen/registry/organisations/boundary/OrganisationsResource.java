package no.sammen.registry.organisations.boundary;

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
import no.sammen.places.control.Places;
import no.sammen.platform.Page;
import no.sammen.platform.PageRequest;
import no.sammen.platform.Problem;
import no.sammen.platform.Registry;
import no.sammen.platform.RegistryResource;
import no.sammen.registry.organisations.control.Organisations;

@Path("organisations")
@RequestScoped
@Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
@Consumes(MediaType.APPLICATION_JSON)
public class OrganisationsResource extends RegistryResource<OrganisationJson> {

    @Inject
    Organisations organisations;

    @Inject
    Places places;

    @GET
    public Page<OrganisationJson> list(@QueryParam("municipality") String municipality,
            @QueryParam("area") String area, @QueryParam("offset") String offset, @QueryParam("limit") String limit) {
        var m = places.municipalityFilter(municipality);
        return organisations.list(m, places.areaFilter(area, m), PageRequest.of(offset, limit));
    }

    @GET
    @Path("{id}")
    public OrganisationJson get(@PathParam("id") String id) {
        return read(id);
    }

    @RolesAllowed({"COORDINATOR", "ADMIN"})
    @POST
    public Response create(OrganisationJson json) {
        return created(json);
    }

    @RolesAllowed({"COORDINATOR", "ADMIN"})
    @PUT
    @Path("{id}")
    public OrganisationJson update(@PathParam("id") String id, OrganisationJson json) {
        return updated(id, json);
    }

    @RolesAllowed({"COORDINATOR", "ADMIN"})
    @DELETE
    @Path("{id}")
    public Response delete(@PathParam("id") String id) {
        return deleted(id);
    }

    @Override
    protected Registry<?, OrganisationJson> registry() {
        return organisations;
    }

    @Override
    protected String noun() {
        return "organisation";
    }
}
