package no.sammen.registry.needs.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.LinkedHashMap;
import java.util.Map;
import no.sammen.accounts.control.CurrentUser;
import no.sammen.audit.control.AuditLog;
import no.sammen.platform.Problem;
import no.sammen.registry.needs.control.Residents;

/**
 * Runs the residents' retention purge now (it also runs at start and every six hours): deletes the contact
 * records of needs closed longer ago than SAMMEN_RESIDENT_RETENTION_DAYS. It never deletes anything earlier.
 */
@Path("admin/residents/purge")
@RequestScoped
@RolesAllowed("ADMIN")
@Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
public class ResidentPurgeResource {

    @Inject
    Residents residents;

    @Inject
    AuditLog audit;

    @Inject
    CurrentUser user;

    @POST
    public Map<String, Object> purge() {
        var policy = residents.policy();
        int purged = residents.purgeExpired();
        audit.record(user.username(), "PURGE", "resident", null, "name,phone,address,note; " + purged + " records");
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("purged", purged);
        json.put("retentionDays", policy.days());
        json.put("closedBefore", policy.cutoff().toString());
        return json;
    }
}
