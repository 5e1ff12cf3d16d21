-- Accounts, roles and privacy (issue 5). Portable SQL for Derby and PostgreSQL.

-- What the politiattest was for, and which coordinator saw it (set by the server from the caller).
ALTER TABLE volunteer ADD COLUMN police_purpose VARCHAR(200);
ALTER TABLE volunteer ADD COLUMN police_checked_by VARCHAR(254);

-- A match whose volunteer erased themselves: no reference to the person and no follow-up notes, only what
-- the statistics count (where, when, how many hours). Venue and need ids are plain numbers, not foreign
-- keys, so the row outlives them too.
CREATE TABLE erased_match (
    id BIGINT NOT NULL PRIMARY KEY,
    municipality_id BIGINT NOT NULL,
    venue_id BIGINT,
    need_id BIGINT,
    status VARCHAR(10) NOT NULL,
    hours_given DOUBLE PRECISION NOT NULL,
    matched_at TIMESTAMP NOT NULL,
    erased_at TIMESTAMP NOT NULL
);
CREATE INDEX erased_match_municipality ON erased_match (municipality_id, matched_at);
