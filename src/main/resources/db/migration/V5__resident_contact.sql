-- The resident behind a need, kept apart from the need: readable only by the municipality's coordinator,
-- deleted a retention period after the need is closed.
CREATE TABLE resident_contact (
    need_id BIGINT NOT NULL PRIMARY KEY REFERENCES need (id),
    name VARCHAR(120),
    phone VARCHAR(20),
    address VARCHAR(200),
    note VARCHAR(2000),
    updated_at TIMESTAMP NOT NULL
);
