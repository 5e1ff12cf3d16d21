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
import no.sammen.places.control.Places;
import no.sammen.places.control.Venues;
import no.sammen.places.entity.VenueKind;
import no.sammen.platform.InvalidInput;
import no.sammen.platform.Page;
import no.sammen.platform.PageRequest;
import no.sammen.platform.Problem;
import no.sammen.platform.Registry;
import no.sammen.platform.RegistryResource;

@Path("venues")
@RequestScoped
@Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
@Consumes(MediaType.APPLICATION_JSON)
public class VenuesResource extends RegistryResource<VenueJson> {

    @Inject
    Venues venues;

    @Inject
    Places places;

    @GET
    public Page<VenueJson> list(@QueryParam("municipality") String municipality, @QueryParam("area") String area,
            @QueryParam("kind") String kind, @QueryParam("offset") String offset, @QueryParam("limit") String limit) {
        var m = places.municipalityFilter(municipality);
        VenueKind venueKind = kind == null || kind.isBlank() ? null : VenueKind.parse(kind);
        if (kind != null && !kind.isBlank() && venueKind == null) {
            throw InvalidInput.of("kind", "no venue kind '" + kind + "'");
        }
        return venues.list(m, places.areaFilter(area, m), venueKind, PageRequest.of(offset, limit));
    }

    @GET
    @Path("{id}")
    public VenueJson get(@PathParam("id") String id) {
        return read(id);
    }

    @RolesAllowed({"COORDINATOR", "ADMIN"})
    @POST
    public Response create(VenueJson json) {
        return created(json);
    }

    @RolesAllowed({"COORDINATOR", "ADMIN"})
    @PUT
    @Path("{id}")
    public VenueJson update(@PathParam("id") String id, VenueJson json) {
        return updated(id, json);
    }

    @RolesAllowed({"COORDINATOR", "ADMIN"})
    @DELETE
    @Path("{id}")
    public Response delete(@PathParam("id") String id) {
        return deleted(id);
    }

    @Override
    protected Registry<?, VenueJson> registry() {
        return venues;
    }

    @Override
    protected String noun() {
        return "venue";
    }
}
