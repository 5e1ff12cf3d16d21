package no.sammen.search.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.annotation.Resource;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.logging.Logger;
import no.sammen.places.entity.Venue;
import no.sammen.platform.RecordChanged;
import no.sammen.registry.activities.entity.Activity;
import no.sammen.registry.needs.entity.Need;
import no.sammen.registry.organisations.entity.Organisation;
import no.sammen.registry.volunteers.entity.Volunteer;

/**
 * Keeps the index in step with the database: each change is turned into index form inside its transaction
 * (where the entity is at hand) and applied only once that transaction has committed. At start-up the index
 * is compared with the database record by record (id and version), which repairs whatever a crash between a
 * database commit and an index commit left behind.
 */
@ApplicationScoped
public class IndexSync {

    private static final Logger LOG = Logger.getLogger(IndexSync.class.getName());
    private static final int BATCH = 500;
    private static final Map<String, Class<?>> ENTITIES = new LinkedHashMap<>();
    /** Element collections that still have a table of their own; the other records' lists are columns (V8). */
    private static final Map<Class<?>, List<String>> COLLECTIONS = Map.of(Venue.class, List.of("e.openingHours"));

    static {
        ENTITIES.put(Indexables.VENUE, Venue.class);
        ENTITIES.put(Indexables.ORGANISATION, Organisation.class);
        ENTITIES.put(Indexables.ACTIVITY, Activity.class);
        ENTITIES.put(Indexables.NEED, Need.class);
        ENTITIES.put(Indexables.VOLUNTEER, Volunteer.class);
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    SearchIndex index;

    @Resource
    TransactionSynchronizationRegistry transactions;

    /**
     * Collects the transaction's changes (the last state of each record wins) and applies them in one go
     * after it commits; a rolled-back transaction leaves no trace in the index.
     */
    void onChange(@Observes RecordChanged change) {
        String type = Indexables.typeOf(change.type());
        if (type == null) {
            return;
        }
        Indexable item = change.entity() == null ? null : Indexables.of(change.entity());
        @SuppressWarnings("unchecked")
        Map<String, Indexable> pending = (Map<String, Indexable>) transactions.getResource(IndexSync.class);
        if (pending == null) {
            Map<String, Indexable> changes = new LinkedHashMap<>();
            transactions.putResource(IndexSync.class, changes);
            transactions.registerInterposedSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {
                    // nothing to do before the database commits
                }

                @Override
                public void afterCompletion(int status) {
                    if (status == Status.STATUS_COMMITTED && index.isOpen()) {
                        index.apply(changes);
                    }
                }
            });
            pending = changes;
        }
        pending.put(Indexable.uid(type, change.id()), item);
    }

    /** Rebuilds the whole index from the database; returns the number of records per type. */
    @Transactional
    public Map<String, Integer> rebuild() {
        Map<String, Integer> counts = new LinkedHashMap<>();
        index.rebuild(sink -> ENTITIES.forEach((type, entity) -> counts.put(type, stream(entity, sink))));
        LOG.info(() -> "Search index rebuilt: " + counts);
        return counts;
    }

    /** Re-indexes records whose version differs from the index, and drops documents of deleted records. */
    @Transactional
    public Map<String, Integer> reconcile() {
        Map<String, Integer> repaired = new LinkedHashMap<>();
        for (var type : ENTITIES.entrySet()) {
            Map<Long, Long> indexed = index.versions(type.getKey());
            List<Long> stale = new ArrayList<>();
            for (Object[] row : em.createQuery("SELECT e.id, e.version FROM " + type.getValue().getSimpleName() + " e",
                    Object[].class).getResultList()) {
                Long id = (Long) row[0];
                Long version = (Long) row[1];
                if (!version.equals(indexed.remove(id))) {
                    stale.add(id);
                }
            }
            Map<String, Indexable> changes = new HashMap<>();
            indexed.keySet().forEach(id -> changes.put(Indexable.uid(type.getKey(), id), null));
            for (int from = 0; from < stale.size(); from += BATCH) {
                for (Object entity : load(type.getValue(), stale.subList(from, Math.min(stale.size(), from + BATCH)))) {
                    Indexable item = Indexables.of(entity);
                    changes.put(item.uid(), item);
                }
                em.clear();
            }
            if (!changes.isEmpty()) {
                index.apply(changes);
                repaired.put(type.getKey(), changes.size());
            }
        }
        if (!repaired.isEmpty()) {
            LOG.info(() -> "Search index repaired from the database: " + repaired);
        }
        return repaired;
    }

    private int stream(Class<?> entity, Consumer<Indexable> sink) {
        int count = 0;
        long after = 0;
        while (true) {
            List<?> page = page(entity, "e.id > :after", Map.of("after", after));
            if (page.isEmpty()) {
                return count;
            }
            for (Object record : page) {
                Indexable item = Indexables.of(record);
                sink.accept(item);
                after = item.id();
                count++;
            }
            em.clear();
        }
    }

    private List<?> load(Class<?> entity, List<Long> ids) {
        return page(entity, "e.id IN :ids", Map.of("ids", ids));
    }

    private List<?> page(Class<?> entity, String where, Map<String, Object> parameters) {
        TypedQuery<?> query = em.createQuery("SELECT e FROM " + entity.getSimpleName() + " e WHERE " + where
                + " ORDER BY e.id", entity).setMaxResults(BATCH);
        parameters.forEach(query::setParameter);
        // Fetch each element collection for the whole page in one query instead of one per record.
        query.setHint("eclipselink.batch.type", "IN");
        for (String collection : COLLECTIONS.getOrDefault(entity, List.of())) {
            query.setHint("eclipselink.batch", collection);
        }
        query.setHint("eclipselink.read-only", "true");
        return query.getResultList();
    }
}
