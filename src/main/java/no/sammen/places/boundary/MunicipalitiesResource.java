package no.sammen.places.boundary;

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
import no.sammen.places.control.Municipalities;
import no.sammen.places.control.Places;
import no.sammen.platform.Page;
import no.sammen.platform.PageRequest;
import no.sammen.platform.Problem;
import no.sammen.platform.Registry;
import no.sammen.platform.RegistryResource;

@Path("municipalities")
@RequestScoped
@Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
@Consumes(MediaType.APPLICATION_JSON)
public class MunicipalitiesResource extends RegistryResource<MunicipalityJson> {

    @Inject
    Municipalities municipalities;

    @Inject
    Places places;

    @GET
    public Page<MunicipalityJson> list(@QueryParam("municipality") String municipality,
            @QueryParam("area") String area, @QueryParam("offset") String offset, @QueryParam("limit") String limit) {
        var m = places.municipalityFilter(municipality);
        var a = places.areaFilter(area, m);
        return municipalities.list(a != null ? a.getMunicipality() : m, PageRequest.of(offset, limit));
    }

    @GET
    @Path("{id}")
    public MunicipalityJson get(@PathParam("id") String id) {
        return read(id);
    }

    @RolesAllowed({"ADMIN"})
    @POST
    public Response create(MunicipalityJson json) {
        return created(json);
    }

    @RolesAllowed({"ADMIN"})
    @PUT
    @Path("{id}")
    public MunicipalityJson update(@PathParam("id") String id, MunicipalityJson json) {
        return updated(id, json);
    }

    @RolesAllowed({"ADMIN"})
    @DELETE
    @Path("{id}")
    public Response delete(@PathParam("id") String id) {
        return deleted(id);
    }

    @Override
    protected Registry<?, MunicipalityJson> registry() {
        return municipalities;
    }

    @Override
    protected String noun() {
        return "municipality";
    }
}
