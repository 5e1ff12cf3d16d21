package no.sammen.audit.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Map;
import no.sammen.audit.entity.AuditEvent;
import no.sammen.platform.Listing;
import no.sammen.platform.Page;
import no.sammen.platform.PageRequest;

/**
 * The audit trail of personal data. Written in the transaction of the access it records, so a rolled-back
 * change leaves no entry and a committed one always has one.
 */
@ApplicationScoped
@Transactional
public class AuditLog {

    /** The personal fields each kind of record holds; an audit entry names these, never their values. */
    public static final Map<String, String> PERSONAL_FIELDS = Map.of(
            "volunteer", "name,email,phone,home,birthYear,about,availability,availableFrom,availableUntil,vetting",
            "need", "description,residentPseudonym,involvesResident",
            "match", "need,volunteer,history,hoursGiven",
            "account", "username,role,municipality,venues,organisations,volunteer,enabled");

    @PersistenceContext
    EntityManager em;

    public void record(String actor, String action, String recordType, Long recordId, String fields) {
        em.persist(new AuditEvent(actor, action, recordType, recordId, fields));
    }

    /** After an erasure: the person's own entries stay, under a name that no longer identifies them. */
    public void renameActor(String actor, String replacement) {
        em.flush(); // entries recorded earlier in this transaction too
        em.createQuery("UPDATE AuditEvent e SET e.actor = :r WHERE e.actor = :a").setParameter("r", replacement)
                .setParameter("a", actor).executeUpdate();
    }

    public Page<Map<String, Object>> list(String recordType, Long recordId, String actor, PageRequest page) {
        return Listing.of(em, AuditEvent.class).where("e.recordType", recordType).where("e.recordId", recordId)
                .where("e.actor", actor).orderBy("e.id DESC").page(page, e -> Map.of(
                        "id", e.getId(), "at", e.getAt(), "actor", e.getActor(), "action", e.getAction(),
                        "recordType", e.getRecordType(), "recordId", e.getRecordId() == null ? "" : e.getRecordId(),
                        "fields", e.getFields() == null ? "" : e.getFields()));
    }
}
