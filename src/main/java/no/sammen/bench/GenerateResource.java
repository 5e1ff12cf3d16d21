package no.sammen.bench;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.LongFunction;
import java.util.logging.Logger;
import no.sammen.places.entity.Area;
import no.sammen.platform.InvalidInput;
import no.sammen.platform.RecordJson;
import no.sammen.registry.activities.control.Activities;
import no.sammen.registry.needs.control.Needs;
import no.sammen.registry.volunteers.control.Volunteers;
import no.sammen.search.control.SearchIndex;

/**
 * Loads synthetic volunteers, activities and needs ({@link Synthetic}) through the registries' own validation
 * and mapping ({@code Registry.createAll}, one transaction and one flush per batch, the same RecordChanged
 * events and index updates as the API), logging progress every few seconds. Needs the areas of the seed data.
 * Admins only.
 *
 * <pre>curl -u admin@example.no:sammen-demo-2026 -XPOST 'localhost:8190/api/admin/generate?volunteers=100000&amp;seed=42'</pre>
 */
@Path("admin/generate")
@jakarta.annotation.security.RolesAllowed("ADMIN")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class GenerateResource {

    private static final Logger LOG = Logger.getLogger(GenerateResource.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    Volunteers volunteers;

    @Inject
    Activities activities;

    @Inject
    Needs needs;

    @Inject
    SearchIndex index;

    @POST
    public Map<String, Object> generate(@QueryParam("volunteers") @DefaultValue("1000") long count,
            @QueryParam("seed") @DefaultValue("42") long seed, @QueryParam("batch") @DefaultValue("1000") int batch,
            @QueryParam("offset") @DefaultValue("0") long offset) {
        if (count < 0 || count > 10_000_000 || batch < 1 || batch > 10_000 || offset < 0) {
            throw InvalidInput.of("volunteers", "0..10000000 volunteers, batch 1..10000, offset >= 0");
        }
        List<Synthetic.Place> places = new ArrayList<>();
        for (Area a : em.createQuery("SELECT a FROM Area a ORDER BY a.id", Area.class).getResultList()) {
            places.add(new Synthetic.Place(a.getMunicipality().getSlug(), a.getMunicipality().getId(), a.getKey(),
                    a.getName(), a.getId(), a.getCentre().latitude(), a.getCentre().longitude()));
        }
        em.clear();
        if (places.isEmpty()) {
            throw InvalidInput.of("volunteers", "the database has no areas; load the seed data first");
        }
        Synthetic synthetic = new Synthetic(seed, places);
        Map<String, Object> result = new LinkedHashMap<>();
        long started = System.nanoTime();
        index.bulk(true);
        try {
            result.put("volunteer", load("volunteer", offset, count, batch, synthetic::volunteer, volunteers::createAll));
            long offers = count / 10;
            result.put("activity", load("activity", offset / 10, offers, batch, synthetic::activity, activities::createAll));
            result.put("need", load("need", offset / 10, offers, batch, synthetic::need, needs::createAll));
        } finally {
            index.bulk(false);
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        result.put("seconds", Math.round(seconds * 10) / 10.0);
        LOG.info(() -> "Synthetic data loaded: " + result);
        return result;
    }

    private <J extends RecordJson> Map<String, Object> load(String noun, long from, long count, int batch,
            LongFunction<J> make, Function<List<J>, List<Long>> createAll) {
        long started = System.nanoTime();
        long lastLog = started;
        long done = 0;
        while (done < count) {
            int n = (int) Math.min(batch, count - done);
            List<J> jsons = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                jsons.add(make.apply(from + done + i));
            }
            createAll.apply(jsons);
            done += n;
            long now = System.nanoTime();
            if (now - lastLog > 5_000_000_000L || done == count) {
                lastLog = now;
                double s = (now - started) / 1e9;
                long d = done;
                LOG.info(() -> String.format("generate %s: %,d / %,d (%.0f records/s, %.0f s)", noun, d, count, d / s, s));
            }
        }
        double s = (System.nanoTime() - started) / 1e9;
        Map<String, Object> stats = new LinkedHashMap<>();
        stats.put("created", done);
        stats.put("seconds", Math.round(s * 10) / 10.0);
        stats.put("perSecond", s == 0 ? 0 : Math.round(done / s));
        return stats;
    }
}
