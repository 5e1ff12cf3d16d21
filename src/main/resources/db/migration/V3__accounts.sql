-- Accounts and roles (issue: accounts, roles and privacy). Portable SQL for Derby and PostgreSQL.

CREATE TABLE account (
    id BIGINT NOT NULL PRIMARY KEY,
    version BIGINT NOT NULL,
    created_at TIMESTAMP NOT NULL,
    updated_at TIMESTAMP NOT NULL,
    source VARCHAR(20),
    source_note VARCHAR(500),
    username VARCHAR(254) NOT NULL UNIQUE,
    password_hash VARCHAR(500) NOT NULL,
    role VARCHAR(20) NOT NULL,
    municipality_id BIGINT REFERENCES municipality (id),
    volunteer_id BIGINT REFERENCES volunteer (id),
    enabled BOOLEAN NOT NULL,
    seed_account BOOLEAN NOT NULL,
    failed_logins INTEGER NOT NULL,
    locked_until TIMESTAMP,
    last_login_at TIMESTAMP
);

CREATE TABLE account_venue (
    account_id BIGINT NOT NULL REFERENCES account (id),
    venue_id BIGINT NOT NULL REFERENCES venue (id),
    PRIMARY KEY (account_id, venue_id)
);

CREATE TABLE account_organisation (
    account_id BIGINT NOT NULL REFERENCES account (id),
    organisation_id BIGINT NOT NULL REFERENCES organisation (id),
    PRIMARY KEY (account_id, organisation_id)
);
