package no.sammen.platform;

import java.time.Instant;

/** Fields every record carries on the wire. */
public abstract class RecordJson {

    public Long id;
    /** Send back the version you read when you update; a stale one gets 409. */
    public Long version;
    public Instant createdAt;
    public Instant updatedAt;
    /** PLAN (from a municipal plan), ILLUSTRATIVE (invented seed data) or USER. */
    public String source;
    public String sourceNote;

    protected void copyRecord(RegistryRecord record) {
        id = record.getId();
        version = record.getVersion();
        createdAt = record.getCreatedAt();
        updatedAt = record.getUpdatedAt();
        source = record.getSource();
        sourceNote = record.getSourceNote();
    }
}
