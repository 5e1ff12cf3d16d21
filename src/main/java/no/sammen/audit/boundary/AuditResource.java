package no.sammen.audit.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;
import no.sammen.audit.control.AuditLog;
import no.sammen.platform.Page;
import no.sammen.platform.PageRequest;
import no.sammen.platform.Problem;
import no.sammen.platform.Ref;

/** The audit trail for admins: filter by record ({@code record=volunteer:42}) or by who acted. */
@Path("admin/audit")
@RequestScoped
@RolesAllowed("ADMIN")
@Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
public class AuditResource {

    @Inject
    AuditLog audit;

    @GET
    public Page<Map<String, Object>> list(@QueryParam("recordType") String recordType,
            @QueryParam("recordId") String recordId, @QueryParam("actor") String actor,
            @QueryParam("offset") String offset, @QueryParam("limit") String limit) {
        Ref id = Ref.parse(recordId);
        return audit.list(recordType == null || recordType.isBlank() ? null : recordType,
                id == null ? null : id.id(), actor == null || actor.isBlank() ? null : actor.strip().toLowerCase(),
                PageRequest.of(offset, limit));
    }
}
