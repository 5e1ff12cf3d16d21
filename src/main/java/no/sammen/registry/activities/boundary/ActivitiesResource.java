package no.sammen.registry.activities.boundary;

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
import no.sammen.platform.InvalidInput;
import no.sammen.platform.Page;
import no.sammen.platform.PageRequest;
import no.sammen.platform.Problem;
import no.sammen.platform.Registry;
import no.sammen.platform.RegistryResource;
import no.sammen.registry.activities.control.Activities;
import no.sammen.registry.activities.entity.CareLevel;

@Path("activities")
@RequestScoped
@Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
@Consumes(MediaType.APPLICATION_JSON)
public class ActivitiesResource extends RegistryResource<ActivityJson> {

    @Inject
    Activities activities;

    @Inject
    Places places;

    @GET
    public Page<ActivityJson> list(@QueryParam("municipality") String municipality, @QueryParam("area") String area,
            @QueryParam("level") String level, @QueryParam("needsVolunteers") String needsVolunteers,
            @QueryParam("offset") String offset, @QueryParam("limit") String limit) {
        var m = places.municipalityFilter(municipality);
        CareLevel careLevel = null;
        if (level != null && !level.isBlank()) {
            careLevel = CareLevel.parse(level);
            if (careLevel == null) {
                throw InvalidInput.of("level", "must be one of OPEN_TO_ALL, LOW_THRESHOLD, BY_DECISION");
            }
        }
        Boolean wantsVolunteers = null;
        if (needsVolunteers != null && !needsVolunteers.isBlank()) {
            if (!needsVolunteers.equalsIgnoreCase("true") && !needsVolunteers.equalsIgnoreCase("false")) {
                throw InvalidInput.of("needsVolunteers", "must be true or false");
            }
            wantsVolunteers = Boolean.parseBoolean(needsVolunteers);
        }
        return activities.list(m, places.areaFilter(area, m), careLevel, wantsVolunteers, PageRequest.of(offset, limit));
    }

    @GET
    @Path("{id}")
    public ActivityJson get(@PathParam("id") String id) {
        return read(id);
    }

    @RolesAllowed({"COORDINATOR", "ADMIN"})
    @POST
    public Response create(ActivityJson json) {
        return created(json);
    }

    @RolesAllowed({"COORDINATOR", "ADMIN"})
    @PUT
    @Path("{id}")
    public ActivityJson update(@PathParam("id") String id, ActivityJson json) {
        return updated(id, json);
    }

    @RolesAllowed({"COORDINATOR", "ADMIN"})
    @DELETE
    @Path("{id}")
    public Response delete(@PathParam("id") String id) {
        return deleted(id);
    }

    @Override
    protected Registry<?, ActivityJson> registry() {
        return activities;
    }

    @Override
    protected String noun() {
        return "activity";
    }
}
