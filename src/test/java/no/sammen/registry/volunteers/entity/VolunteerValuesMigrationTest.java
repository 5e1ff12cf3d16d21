package no.sammen.registry.volunteers.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Version 7 data, migrated to 8 on an in-memory Derby database as an existing data directory would be. */
class VolunteerValuesMigrationTest {

    private static final String URL = "jdbc:derby:memory:v8migration;create=true";

    @AfterEach
    void dropDatabase() {
        try {
            DriverManager.getConnection("jdbc:derby:memory:v8migration;drop=true");
        } catch (SQLException dropped) {
            // Derby reports a successful drop as an exception (state 08006)
        }
    }

    private Flyway flyway(String target) {
        return Flyway.configure().dataSource(URL, null, null).locations("classpath:db/migration")
                .javaMigrations(new VolunteerValuesMigration()).target(target).load();
    }

    @Test
    void aVolunteersInterestsSkillsLanguagesAndAvailabilityMoveIntoItsRowInTheirOrder() throws SQLException {
        flyway("7").migrate();
        try (Connection db = DriverManager.getConnection(URL); Statement sql = db.createStatement()) {
            sql.execute("INSERT INTO municipality (id, version, created_at, updated_at, slug, name, walking_radius_km)"
                    + " VALUES (1, 1, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 'vinje', 'Vinje', 2.0)");
            for (long id : new long[] {1000, 1050, 7000}) {
                sql.execute("INSERT INTO volunteer (id, version, created_at, updated_at, name, municipality_id,"
                        + " has_car, confidentiality_signed) VALUES (" + id
                        + ", 1, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 'Kari " + id + "', 1, false, false)");
            }
            sql.execute("INSERT INTO volunteer_interest VALUES (1000, 'sang'), (1000, 'turgåing'), (7000, 'bingo')");
            sql.execute("INSERT INTO volunteer_skill VALUES (1000, 'førstehjelp')");
            sql.execute("INSERT INTO volunteer_language VALUES (1000, 'no'), (1000, 'pl'), (7000, 'en')");
            sql.execute("INSERT INTO volunteer_availability VALUES (1000, 'TUESDAY', '10:00:00', '14:00:00'),"
                    + " (1000, 'MONDAY', '18:00:00', '20:00:00')");
        }

        flyway("latest").migrate();

        try (Connection db = DriverManager.getConnection(URL); Statement sql = db.createStatement()) {
            try (ResultSet r = sql.executeQuery("SELECT id, interests, skills, languages, availability"
                    + " FROM volunteer ORDER BY id")) {
                r.next();
                assertEquals("sang\nturgåing", r.getString("interests"));
                assertEquals("førstehjelp", r.getString("skills"));
                assertEquals("no\npl", r.getString("languages"));
                assertEquals("TUESDAY 10:00-14:00\nMONDAY 18:00-20:00", r.getString("availability"));
                r.next();
                assertEquals(1050, r.getLong("id"));
                assertNull(r.getString("interests"));
                assertNull(r.getString("availability"));
                r.next();
                assertEquals("bingo", r.getString("interests"));
                assertEquals("en", r.getString("languages"));
                assertFalse(r.next());
            }
            try (ResultSet tables = db.getMetaData().getTables(null, null, "VOLUNTEER_%", null)) {
                StringBuilder left = new StringBuilder();
                while (tables.next()) {
                    left.append(tables.getString("TABLE_NAME").toLowerCase()).append(' ');
                }
                assertEquals("volunteer_course volunteer_match ", left.toString());
            }
        }
    }

    @Test
    void anEmptyDatabaseMigratesToo() throws SQLException {
        flyway("7").migrate();
        assertEquals(1, flyway("latest").migrate().migrationsExecuted);
        try (Connection db = DriverManager.getConnection(URL);
                ResultSet columns = db.getMetaData().getColumns(null, null, "VOLUNTEER", "AVAILABILITY")) {
            assertEquals("VARCHAR", columns.next() ? columns.getString("TYPE_NAME") : "missing");
        }
    }
}
