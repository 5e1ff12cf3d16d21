-- Sammen registry, schema version 1. Portable SQL: runs on Derby (embedded default) and PostgreSQL.
-- Never edit a released migration; add V2__... instead, so existing ./data directories upgrade in place.

CREATE SEQUENCE sammen_seq AS BIGINT START WITH 1000 INCREMENT BY 50;

CREATE TABLE municipality (
    id BIGINT NOT NULL PRIMARY KEY,
    version BIGINT NOT NULL,
    created_at TIMESTAMP NOT NULL,
    updated_at TIMESTAMP NOT NULL,
    source VARCHAR(20),
    source_note VARCHAR(500),
    slug VARCHAR(60) NOT NULL UNIQUE,
    name VARCHAR(100) NOT NULL,
    county VARCHAR(100),
    centre_lat DOUBLE PRECISION,
    centre_lon DOUBLE PRECISION,
    walking_radius_km DOUBLE PRECISION NOT NULL,
    about VARCHAR(4000)
);

CREATE TABLE area (
    id BIGINT NOT NULL PRIMARY KEY,
    version BIGINT NOT NULL,
    created_at TIMESTAMP NOT NULL,
    updated_at TIMESTAMP NOT NULL,
    source VARCHAR(20),
    source_note VARCHAR(500),
    municipality_id BIGINT NOT NULL REFERENCES municipality (id),
    area_key VARCHAR(60) NOT NULL,
    name VARCHAR(100) NOT NULL,
    kind VARCHAR(20) NOT NULL,
    centre_lat DOUBLE PRECISION,
    centre_lon DOUBLE PRECISION,
    CONSTRAINT area_key_per_municipality UNIQUE (municipality_id, area_key)
);

CREATE TABLE venue (
    id BIGINT NOT NULL PRIMARY KEY,
    version BIGINT NOT NULL,
    created_at TIMESTAMP NOT NULL,
    updated_at TIMESTAMP NOT NULL,
    source VARCHAR(20),
    source_note VARCHAR(500),
    municipality_id BIGINT NOT NULL REFERENCES municipality (id),
    area_id BIGINT REFERENCES area (id),
    name VARCHAR(200) NOT NULL,
    kind VARCHAR(30) NOT NULL,
    address VARCHAR(200),
    location_lat DOUBLE PRECISION,
    location_lon DOUBLE PRECISION,
    transport VARCHAR(1000),
    phone VARCHAR(20),
    email VARCHAR(254),
    website VARCHAR(300),
    about VARCHAR(4000)
);

CREATE TABLE venue_opening_hours (
    venue_id BIGINT NOT NULL REFERENCES venue (id),
    day_of_week VARCHAR(9) NOT NULL,
    start_time TIME NOT NULL,
    end_time TIME NOT NULL
);

CREATE TABLE venue_accessibility (
    venue_id BIGINT NOT NULL REFERENCES venue (id),
    feature VARCHAR(30) NOT NULL
);

CREATE TABLE organisation (
    id BIGINT NOT NULL PRIMARY KEY,
    version BIGINT NOT NULL,
    created_at TIMESTAMP NOT NULL,
    updated_at TIMESTAMP NOT NULL,
    source VARCHAR(20),
    source_note VARCHAR(500),
    municipality_id BIGINT NOT NULL REFERENCES municipality (id),
    area_id BIGINT REFERENCES area (id),
    name VARCHAR(200) NOT NULL,
    kind VARCHAR(30) NOT NULL,
    contact_name VARCHAR(120),
    email VARCHAR(254),
    phone VARCHAR(20),
    website VARCHAR(300),
    about VARCHAR(4000)
);

CREATE TABLE volunteer (
    id BIGINT NOT NULL PRIMARY KEY,
    version BIGINT NOT NULL,
    created_at TIMESTAMP NOT NULL,
    updated_at TIMESTAMP NOT NULL,
    source VARCHAR(20),
    source_note VARCHAR(500),
    name VARCHAR(120) NOT NULL,
    email VARCHAR(254),
    phone VARCHAR(20),
    municipality_id BIGINT NOT NULL REFERENCES municipality (id),
    area_id BIGINT REFERENCES area (id),
    organisation_id BIGINT REFERENCES organisation (id),
    home_lat DOUBLE PRECISION,
    home_lon DOUBLE PRECISION,
    max_travel_km DOUBLE PRECISION,
    has_car BOOLEAN NOT NULL,
    birth_year INTEGER,
    about VARCHAR(4000),
    available_from DATE,
    available_until DATE,
    max_hours_per_week DOUBLE PRECISION,
    police_checked_on DATE,
    police_valid_until DATE,
    confidentiality_signed BOOLEAN NOT NULL
);

CREATE TABLE volunteer_interest (volunteer_id BIGINT NOT NULL REFERENCES volunteer (id), tag VARCHAR(60) NOT NULL);
CREATE TABLE volunteer_skill (volunteer_id BIGINT NOT NULL REFERENCES volunteer (id), tag VARCHAR(60) NOT NULL);
CREATE TABLE volunteer_language (volunteer_id BIGINT NOT NULL REFERENCES volunteer (id), code VARCHAR(2) NOT NULL);
CREATE TABLE volunteer_availability (
    volunteer_id BIGINT NOT NULL REFERENCES volunteer (id),
    day_of_week VARCHAR(9) NOT NULL,
    start_time TIME NOT NULL,
    end_time TIME NOT NULL
);
CREATE TABLE volunteer_course (
    volunteer_id BIGINT NOT NULL REFERENCES volunteer (id),
    name VARCHAR(100) NOT NULL,
    completed_on DATE,
    valid_until DATE
);

CREATE TABLE activity (
    id BIGINT NOT NULL PRIMARY KEY,
    version BIGINT NOT NULL,
    created_at TIMESTAMP NOT NULL,
    updated_at TIMESTAMP NOT NULL,
    source VARCHAR(20),
    source_note VARCHAR(500),
    title VARCHAR(200) NOT NULL,
    description VARCHAR(4000),
    municipality_id BIGINT NOT NULL REFERENCES municipality (id),
    area_id BIGINT REFERENCES area (id),
    venue_id BIGINT REFERENCES venue (id),
    location_lat DOUBLE PRECISION,
    location_lon DOUBLE PRECISION,
    organiser_id BIGINT REFERENCES organisation (id),
    start_date DATE,
    end_date DATE,
    care_level VARCHAR(20) NOT NULL,
    capacity INTEGER,
    cost INTEGER,
    cost_note VARCHAR(200),
    needs_volunteers BOOLEAN NOT NULL,
    how_to_join VARCHAR(1000)
);

CREATE TABLE activity_schedule (
    activity_id BIGINT NOT NULL REFERENCES activity (id),
    day_of_week VARCHAR(9) NOT NULL,
    start_time TIME NOT NULL,
    end_time TIME NOT NULL
);
CREATE TABLE activity_excluded_date (activity_id BIGINT NOT NULL REFERENCES activity (id), excluded_on DATE NOT NULL);
CREATE TABLE activity_interest (activity_id BIGINT NOT NULL REFERENCES activity (id), tag VARCHAR(60) NOT NULL);
CREATE TABLE activity_target_group (activity_id BIGINT NOT NULL REFERENCES activity (id), tag VARCHAR(60) NOT NULL);

CREATE TABLE need (
    id BIGINT NOT NULL PRIMARY KEY,
    version BIGINT NOT NULL,
    created_at TIMESTAMP NOT NULL,
    updated_at TIMESTAMP NOT NULL,
    source VARCHAR(20),
    source_note VARCHAR(500),
    title VARCHAR(200) NOT NULL,
    description VARCHAR(4000),
    municipality_id BIGINT NOT NULL REFERENCES municipality (id),
    area_id BIGINT REFERENCES area (id),
    venue_id BIGINT REFERENCES venue (id),
    location_lat DOUBLE PRECISION,
    location_lon DOUBLE PRECISION,
    start_date DATE,
    end_date DATE,
    volunteers_needed INTEGER NOT NULL,
    min_overlap_minutes INTEGER,
    requires_police_certificate BOOLEAN NOT NULL,
    requires_confidentiality BOOLEAN NOT NULL,
    involves_resident BOOLEAN NOT NULL,
    resident_pseudonym VARCHAR(60),
    status VARCHAR(10) NOT NULL
);

CREATE TABLE need_schedule (
    need_id BIGINT NOT NULL REFERENCES need (id),
    day_of_week VARCHAR(9) NOT NULL,
    start_time TIME NOT NULL,
    end_time TIME NOT NULL
);
CREATE TABLE need_excluded_date (need_id BIGINT NOT NULL REFERENCES need (id), excluded_on DATE NOT NULL);
CREATE TABLE need_interest (need_id BIGINT NOT NULL REFERENCES need (id), tag VARCHAR(60) NOT NULL);
CREATE TABLE need_target_group (need_id BIGINT NOT NULL REFERENCES need (id), tag VARCHAR(60) NOT NULL);
CREATE TABLE need_language (need_id BIGINT NOT NULL REFERENCES need (id), code VARCHAR(2) NOT NULL);
CREATE TABLE need_required_course (need_id BIGINT NOT NULL REFERENCES need (id), name VARCHAR(100) NOT NULL);

CREATE TABLE volunteer_match (
    id BIGINT NOT NULL PRIMARY KEY,
    version BIGINT NOT NULL,
    created_at TIMESTAMP NOT NULL,
    updated_at TIMESTAMP NOT NULL,
    source VARCHAR(20),
    source_note VARCHAR(500),
    need_id BIGINT NOT NULL REFERENCES need (id),
    volunteer_id BIGINT NOT NULL REFERENCES volunteer (id),
    status VARCHAR(10) NOT NULL,
    hours_given DOUBLE PRECISION NOT NULL
);

CREATE TABLE match_event (
    match_id BIGINT NOT NULL REFERENCES volunteer_match (id),
    occurred_at TIMESTAMP NOT NULL,
    status VARCHAR(10),
    note VARCHAR(2000)
);

-- Marks that the seed data was loaded, so a restart never loads it twice (even if the user deleted it all).
CREATE TABLE seed_run (
    name VARCHAR(60) NOT NULL PRIMARY KEY,
    loaded_at TIMESTAMP NOT NULL
);
