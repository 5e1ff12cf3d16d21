package no.sammen.search.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.LinkedHashMap;
import java.util.Map;
import no.sammen.search.control.IndexSync;

/** Rebuilds the search index from the database on demand; admins only. */
@Path("admin/reindex")
@RequestScoped
@RolesAllowed({"ADMIN"})
@Produces(MediaType.APPLICATION_JSON)
public class IndexAdminResource {

    @Inject
    IndexSync sync;

    @POST
    public Map<String, Object> reindex() {
        long started = System.nanoTime();
        Map<String, Integer> counts = sync.rebuild();
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("indexed", counts);
        result.put("millis", (System.nanoTime() - started) / 1_000_000);
        return result;
    }
}
