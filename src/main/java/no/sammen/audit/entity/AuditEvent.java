package no.sammen.audit.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** Who touched which personal record, when, and which fields — never the values. */
@Entity
@Table(name = "audit_event")
public class AuditEvent {

    @Id
    @SequenceGenerator(name = "sammen_seq", sequenceName = "sammen_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sammen_seq")
    private Long id;

    @Column(name = "occurred_at", nullable = false)
    private Instant at;

    @Column(nullable = false, length = 254)
    private String actor;

    @Column(nullable = false, length = 20)
    private String action;

    @Column(name = "record_type", nullable = false, length = 30)
    private String recordType;

    @Column(name = "record_id")
    private Long recordId;

    @Column(length = 1000)
    private String fields;

    protected AuditEvent() {
        // for JPA
    }

    public AuditEvent(String actor, String action, String recordType, Long recordId, String fields) {
        this.at = Instant.now();
        this.actor = actor;
        this.action = action;
        this.recordType = recordType;
        this.recordId = recordId;
        this.fields = fields == null || fields.length() <= 1000 ? fields : fields.substring(0, 1000);
    }

    public Long getId() {
        return id;
    }

    public Instant getAt() {
        return at;
    }

    public String getActor() {
        return actor;
    }

    public String getAction() {
        return action;
    }

    public String getRecordType() {
        return recordType;
    }

    public Long getRecordId() {
        return recordId;
    }

    public String getFields() {
        return fields;
    }
}
