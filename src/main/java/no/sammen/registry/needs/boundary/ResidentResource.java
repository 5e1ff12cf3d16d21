package no.sammen.registry.needs.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import no.sammen.accounts.control.Access;
import no.sammen.accounts.control.CurrentUser;
import no.sammen.audit.control.AuditLog;
import no.sammen.platform.Ids;
import no.sammen.platform.InvalidInput;
import no.sammen.platform.NotFound;
import no.sammen.platform.Problem;
import no.sammen.platform.Violations;
import no.sammen.registry.needs.control.Residents;
import no.sammen.registry.needs.entity.Need;

/**
 * The resident behind a need (name, phone, address, a note), for the coordinator of the need's municipality
 * only. The need itself carries just a pseudonym. Every read and change is audited.
 */
@Path("needs/{id}/resident")
@RequestScoped
@RolesAllowed("COORDINATOR")
@Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
@Consumes(MediaType.APPLICATION_JSON)
public class ResidentResource {

    @Inject
    Residents residents;

    @Inject
    Access access;

    @Inject
    AuditLog audit;

    @Inject
    CurrentUser user;

    @PersistenceContext
    EntityManager em;

    public static class ResidentJson {
        public String name;
        public String phone;
        public String address;
        public String note;
    }

    @GET
    public Map<String, Object> read(@PathParam("id") String id) {
        Need need = need(id);
        audit.record(user.username(), "READ", "resident", need.getId(), "name,phone,address,note");
        return residents.read(need);
    }

    @PUT
    public Map<String, Object> write(@PathParam("id") String id, ResidentJson json) {
        Need need = need(id);
        if (json == null) {
            throw InvalidInput.of("body", "a JSON object is required");
        }
        Violations v = new Violations();
        String name = v.text("name", json.name, 120);
        String phone = v.phone("phone", json.phone);
        String address = v.text("address", json.address, 200);
        String note = v.text("note", json.note, 2000);
        v.throwIfAny();
        residents.write(need, name, phone, address, note);
        audit.record(user.username(), "WRITE", "resident", need.getId(), "name,phone,address,note");
        return residents.read(need);
    }

    @DELETE
    public Response delete(@PathParam("id") String id) {
        Need need = need(id);
        residents.delete(need);
        audit.record(user.username(), "DELETE", "resident", need.getId(), "name,phone,address,note");
        return Response.noContent().build();
    }

    private Need need(String id) {
        Need need = em.find(Need.class, Ids.parse("need", id));
        if (need == null) {
            throw new NotFound("need", id);
        }
        access.requireMunicipality(need.getMunicipality());
        return need;
    }
}
