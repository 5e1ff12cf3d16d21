package no.sammen.platform;

import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;

/**
 * The create/read/update/delete life of one kind of registry record, shared by all kinds: validate the whole
 * request first, write only when every rule holds, check the version on update, and refuse to delete what
 * others still refer to. Subclasses say how their JSON maps onto their entity.
 *
 * @param <E> the entity
 * @param <J> its JSON representation
 */
@Transactional
public abstract class Registry<E extends RegistryRecord, J extends RecordJson> {

    /** Whether the database is Derby; read once, when the first bulk load asks. */
    private static volatile Boolean derby;

    @PersistenceContext
    protected EntityManager em;

    @Inject
    Event<RecordChanged> changes;

    @Inject
    protected Event<RecordAccess> accesses;

    protected abstract Class<E> type();

    /** The word for one record in error messages: "venue". */
    protected abstract String noun();

    protected abstract E newEntity();

    /** Validates {@code json} into {@code violations} and copies it onto {@code entity}. */
    protected abstract void apply(J json, E entity, Violations violations);

    protected abstract J view(E entity);

    /** Why the record cannot be deleted, or null; e.g. needs still placed at a venue. */
    protected String stillReferenced(E entity) {
        return null;
    }

    public J find(long id) {
        E entity = entity(id);
        accesses.fire(new RecordAccess(entity, RecordAccess.Kind.READ));
        return view(entity);
    }

    public E entity(long id) {
        E entity = em.find(type(), id);
        if (entity == null) {
            throw new NotFound(noun(), id);
        }
        return entity;
    }

    public J create(J json) {
        E entity = newEntity();
        applyValidated(json, entity);
        accesses.fire(new RecordAccess(entity, RecordAccess.Kind.WRITE));
        em.persist(entity);
        em.flush();
        changes.fire(new RecordChanged(type(), entity.getId(), entity));
        return view(entity);
    }

    private static boolean onDerby() {
        if (derby == null) {
            derby = ConfiguredDataSource.url().startsWith("jdbc:derby:");
        }
        return derby;
    }

    /**
     * Creates many records in this one transaction, each validated and mapped exactly as {@link #create}
     * does, but written with one flush for the whole list (so JDBC batch writing applies) and the same
     * {@link RecordChanged} event per record afterwards. Any invalid record rejects the whole list.
     * <p>
     * On Derby the record's tables are locked for the transaction first: otherwise every inserted row takes a
     * row lock, and Derby's lock manager reuses the grown lock maps for each foreign-key check afterwards, which
     * cost a fifth of a bulk load (BENCHMARKS.md §2). Other writers and readers of these tables wait for the
     * batch to commit. The written records are detached at the end, so that the commit does not compare each
     * of them with a backup copy again.
     *
     * @return the new ids, in order
     */
    public List<Long> createAll(List<J> jsons) {
        if (onDerby()) {
            for (String table : RecordTables.of(type())) {
                em.createNativeQuery("LOCK TABLE " + table + " IN EXCLUSIVE MODE").executeUpdate();
            }
        }
        List<E> entities = new ArrayList<>(jsons.size());
        for (J json : jsons) {
            E entity = newEntity();
            applyValidated(json, entity);
            em.persist(entity);
            entities.add(entity);
        }
        em.flush();
        List<Long> ids = new ArrayList<>(entities.size());
        for (E entity : entities) {
            changes.fire(new RecordChanged(type(), entity.getId(), entity));
            ids.add(entity.getId());
        }
        entities.forEach(em::detach);
        return ids;
    }

    public J update(long id, J json) {
        E entity = entity(id);
        accesses.fire(new RecordAccess(entity, RecordAccess.Kind.WRITE));
        if (json != null) {
            Ids.requireVersion(json.version, entity.getVersion());
        }
        applyValidated(json, entity);
        // and again as changed: nobody may move a record into a municipality that is not theirs
        accesses.fire(new RecordAccess(entity, RecordAccess.Kind.WRITE));
        em.flush();
        changes.fire(new RecordChanged(type(), id, entity));
        return view(entity);
    }

    public void delete(long id) {
        E entity = entity(id);
        accesses.fire(new RecordAccess(entity, RecordAccess.Kind.DELETE));
        String reason = stillReferenced(entity);
        if (reason != null) {
            throw new Conflict("This " + noun() + " cannot be deleted: " + reason);
        }
        beforeDelete(entity);
        em.remove(entity);
        em.flush();
        changes.fire(new RecordChanged(type(), id, null));
    }

    protected void beforeDelete(E entity) {
        // nothing by default
    }

    private void applyValidated(J json, E entity) {
        if (json == null) {
            throw InvalidInput.of("body", "a JSON object is required");
        }
        Violations violations = new Violations();
        violations.text("sourceNote", json.sourceNote, 500);
        apply(json, entity, violations);
        violations.throwIfAny();
        if (entity.getSource() == null || json.source != null) {
            entity.setProvenance(json.source == null ? "USER" : violations.text("source", json.source, 20),
                    json.sourceNote);
        }
    }

    protected long count(String jpql, Object parameter) {
        return em.createQuery(jpql, Long.class).setParameter(1, parameter).getSingleResult();
    }
}
