-- Audit of personal data: who read or changed which record and fields, never the values.
CREATE TABLE audit_event (
    id BIGINT NOT NULL PRIMARY KEY,
    occurred_at TIMESTAMP NOT NULL,
    actor VARCHAR(254) NOT NULL,
    action VARCHAR(20) NOT NULL,
    record_type VARCHAR(30) NOT NULL,
    record_id BIGINT,
    fields VARCHAR(1000)
);
CREATE INDEX audit_event_record ON audit_event (record_type, record_id);
CREATE INDEX audit_event_actor ON audit_event (actor);
