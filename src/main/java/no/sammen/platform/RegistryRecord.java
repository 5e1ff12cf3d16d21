package no.sammen.platform;

import jakarta.persistence.Column;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * What every registry record has: an id from one shared sequence (so bulk loads can batch inserts),
 * an optimistic-lock version, timestamps, and where it came from (a municipal plan, illustrative seed data,
 * or a user).
 */
@MappedSuperclass
public abstract class RegistryRecord {

    @Id
    @SequenceGenerator(name = "sammen_seq", sequenceName = "sammen_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sammen_seq")
    private Long id;

    @Version
    private long version;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(length = 20)
    private String source;

    @Column(name = "source_note", length = 500)
    private String sourceNote;

    @PrePersist
    void onCreate() {
        createdAt = Instant.now();
        updatedAt = createdAt;
    }

    @PreUpdate
    void onUpdate() {
        updatedAt = Instant.now();
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public String getSource() {
        return source;
    }

    public String getSourceNote() {
        return sourceNote;
    }

    public void setProvenance(String source, String sourceNote) {
        this.source = source;
        this.sourceNote = sourceNote;
    }
}
