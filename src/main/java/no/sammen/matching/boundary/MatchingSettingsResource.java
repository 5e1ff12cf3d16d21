package no.sammen.matching.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import no.sammen.accounts.control.Access;
import no.sammen.matching.control.MatchingSettings;
import no.sammen.places.control.Places;
import no.sammen.places.entity.Municipality;
import no.sammen.platform.NotFound;
import no.sammen.platform.Problem;
import no.sammen.platform.Ref;

/**
 * The soft-score weights and travel scale a municipality matches with. Admins and the municipality's own
 * coordinators may read and change them; {@code {id}} is the municipality's id or slug.
 */
@Path("municipalities/{id}/matching-settings")
@RequestScoped
@RolesAllowed({"COORDINATOR", "ADMIN"})
@Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
@Consumes(MediaType.APPLICATION_JSON)
public class MatchingSettingsResource {

    @Inject
    MatchingSettings settings;

    @Inject
    Places places;

    @Inject
    Access access;

    @GET
    public MatchingSettingsJson get(@PathParam("id") String id) {
        return settings.view(own(id).getId());
    }

    @PUT
    public MatchingSettingsJson update(@PathParam("id") String id, MatchingSettingsJson json) {
        return settings.update(own(id).getId(), json);
    }

    /** The municipality, if the caller may work on it (admin, or its own coordinator). */
    private Municipality own(String id) {
        Municipality m = places.municipality(Ref.parse(id)).orElseThrow(() -> new NotFound("municipality", id));
        access.requireMunicipality(m);
        return m;
    }
}
