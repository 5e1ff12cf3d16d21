package no.sammen.registry.needs.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.logging.Logger;
import no.sammen.registry.needs.entity.Need;
import no.sammen.registry.needs.entity.NeedStatus;
import no.sammen.registry.needs.entity.ResidentContact;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The resident record behind a need, and its deletion: kept only while the need is open and for a retention
 * period after it closes (default 90 days, SAMMEN_RESIDENT_RETENTION_DAYS).
 */
@ApplicationScoped
@Transactional
public class Residents {

    private static final Logger LOG = Logger.getLogger(Residents.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    @ConfigProperty(name = "sammen.resident.retention-days", defaultValue = "90")
    int retentionDays;

    public Map<String, Object> read(Need need) {
        ResidentContact contact = em.find(ResidentContact.class, need.getId());
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("need", need.getId());
        json.put("pseudonym", need.getResidentPseudonym());
        if (contact != null) {
            json.put("name", contact.getName());
            json.put("phone", contact.getPhone());
            json.put("address", contact.getAddress());
            json.put("note", contact.getNote());
        }
        return json;
    }

    public void write(Need need, String name, String phone, String address, String note) {
        ResidentContact contact = em.find(ResidentContact.class, need.getId());
        if (contact == null) {
            contact = new ResidentContact(need.getId());
            em.persist(contact);
        }
        contact.change(name, phone, address, note);
    }

    public void delete(Need need) {
        ResidentContact contact = em.find(ResidentContact.class, need.getId());
        if (contact != null) {
            em.remove(contact);
        }
    }

    /** The clock the retention period is measured by; replaceable in tests. */
    Clock clock = Clock.systemUTC();

    public RetentionPolicy policy() {
        return new RetentionPolicy(retentionDays, clock);
    }

    /** Deletes resident records of needs closed longer ago than the retention period; returns how many. */
    public int purgeExpired() {
        RetentionPolicy policy = policy();
        Instant cutoff = policy.cutoff();
        int purged = 0;
        for (Need need : em.createQuery("SELECT n FROM Need n WHERE n.status = :closed AND n.updatedAt < :cutoff",
                Need.class).setParameter("closed", NeedStatus.CLOSED).setParameter("cutoff", cutoff).getResultList()) {
            if (!policy.expired(need.getStatus(), need.getUpdatedAt())) {
                continue;
            }
            ResidentContact contact = em.find(ResidentContact.class, need.getId());
            if (contact != null) {
                em.remove(contact);
                purged++;
            }
        }
        if (purged > 0) {
            int count = purged;
            LOG.info(() -> "Deleted " + count + " resident records past their retention period");
        }
        return purged;
    }
}
