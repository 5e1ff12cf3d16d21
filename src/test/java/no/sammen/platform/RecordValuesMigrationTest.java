package no.sammen.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Version 7 data, migrated to 8 as an existing data directory would be: on an in-memory Derby database, and on
 * PostgreSQL where one is named in SAMMEN_IT_POSTGRES_URL/_USER/_PASSWORD (CI names one, see {@code .ci/run}).
 */
class RecordValuesMigrationTest {

    private static final String NOW = "CURRENT_TIMESTAMP, CURRENT_TIMESTAMP";
    private static final String POSTGRES_DATABASE = "sammen_v8migration";

    /** A fresh, empty database to migrate; {@link #close} drops it. */
    record Database(String url, String user, String password, Runnable drop) implements AutoCloseable {
        Connection connect() throws SQLException {
            return DriverManager.getConnection(url, user, password);
        }

        @Override
        public void close() {
            drop.run();
        }
    }

    static Stream<String> databases() {
        String server = System.getenv("SAMMEN_IT_POSTGRES_URL");
        if (server == null && "true".equals(System.getenv("CI"))) {
            throw new IllegalStateException("CI must name a PostgreSQL server in SAMMEN_IT_POSTGRES_URL (.ci/run)");
        }
        return server == null ? Stream.of("derby") : Stream.of("derby", "postgresql");
    }

    private static Database open(String kind) throws SQLException {
        if (kind.equals("derby")) {
            return new Database("jdbc:derby:memory:v8migration;create=true", null, null, () -> {
                try {
                    DriverManager.getConnection("jdbc:derby:memory:v8migration;drop=true");
                } catch (SQLException dropped) {
                    // Derby reports a successful drop as an exception (state 08006)
                }
            });
        }
        String server = System.getenv("SAMMEN_IT_POSTGRES_URL");
        String user = System.getenv("SAMMEN_IT_POSTGRES_USER");
        String password = System.getenv("SAMMEN_IT_POSTGRES_PASSWORD");
        Database maintenance = new Database(server + "postgres", user, password, () -> { });
        execute(maintenance, "DROP DATABASE IF EXISTS " + POSTGRES_DATABASE);
        execute(maintenance, "CREATE DATABASE " + POSTGRES_DATABASE);
        return new Database(server + POSTGRES_DATABASE, user, password, () -> {
            try {
                execute(maintenance, "DROP DATABASE IF EXISTS " + POSTGRES_DATABASE);
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    private static void execute(Database database, String statement) throws SQLException {
        try (Connection db = database.connect(); Statement sql = db.createStatement()) {
            sql.execute(statement);
        }
    }

    private static Flyway flyway(Database db, String target) {
        return Flyway.configure().dataSource(db.url(), db.user(), db.password()).locations("classpath:db/migration")
                .javaMigrations(new RecordValuesMigration()).target(target).load();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void theValuesOfVolunteersActivitiesAndNeedsMoveIntoTheirRowsInTheirOrder(String kind) throws SQLException {
        try (Database database = open(kind)) {
            migrateAndCheck(database);
        }
    }

    private static void migrateAndCheck(Database database) throws SQLException {
        flyway(database, "7").migrate();
        try (Connection db = database.connect(); Statement sql = db.createStatement()) {
            sql.execute("INSERT INTO municipality (id, version, created_at, updated_at, slug, name, walking_radius_km)"
                    + " VALUES (1, 1, " + NOW + ", 'vinje', 'Vinje', 2.0)");
            for (long id : new long[] {1000, 1050, 7000}) {
                sql.execute("INSERT INTO volunteer (id, version, created_at, updated_at, name, municipality_id,"
                        + " has_car, confidentiality_signed) VALUES (" + id + ", 1, " + NOW + ", 'Kari', 1, false, false)");
            }
            sql.execute("INSERT INTO volunteer_interest VALUES (1000, 'sang'), (1000, 'turgåing'), (7000, 'bingo')");
            sql.execute("INSERT INTO volunteer_skill VALUES (1000, 'førstehjelp')");
            sql.execute("INSERT INTO volunteer_language VALUES (1000, 'no'), (1000, 'pl'), (7000, 'en')");
            sql.execute("INSERT INTO volunteer_availability VALUES (1000, 'TUESDAY', '10:00:00', '14:00:00'),"
                    + " (1000, 'MONDAY', '18:00:00', '20:00:00')");
            sql.execute("INSERT INTO volunteer_course VALUES (1000, 'demensopplæring', NULL, NULL)");

            sql.execute("INSERT INTO activity (id, version, created_at, updated_at, title, municipality_id, care_level,"
                    + " needs_volunteers) VALUES (2000, 1, " + NOW + ", 'Turgruppe', 1, 'OPEN_TO_ALL', false)");
            sql.execute("INSERT INTO activity_schedule VALUES (2000, 'THURSDAY', '11:00:00', '13:00:00')");
            sql.execute("INSERT INTO activity_excluded_date VALUES (2000, '2026-12-24'), (2000, '2026-12-31')");
            sql.execute("INSERT INTO activity_interest VALUES (2000, 'turgåing')");
            sql.execute("INSERT INTO activity_target_group VALUES (2000, 'eldre'), (2000, 'pårørende')");

            sql.execute("INSERT INTO need (id, version, created_at, updated_at, title, municipality_id, status,"
                    + " volunteers_needed, requires_police_certificate, requires_confidentiality, involves_resident)"
                    + " VALUES (3000, 1, " + NOW + ", 'Besøksvenn', 1, 'OPEN', 1, true, true, false)");
            sql.execute("INSERT INTO need_schedule VALUES (3000, 'FRIDAY', '14:00:00', '15:30:00')");
            sql.execute("INSERT INTO need_interest VALUES (3000, 'samtale')");
            sql.execute("INSERT INTO need_language VALUES (3000, 'no')");
            sql.execute("INSERT INTO need_required_course VALUES (3000, 'demensopplæring')");
        }

        flyway(database, "latest").migrate();

        try (Connection db = database.connect(); Statement sql = db.createStatement()) {
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
            try (ResultSet r = sql.executeQuery("SELECT schedule, excluded_dates, interests, target_groups"
                    + " FROM activity")) {
                r.next();
                assertEquals("THURSDAY 11:00-13:00", r.getString("schedule"));
                assertEquals("2026-12-24\n2026-12-31", r.getString("excluded_dates"));
                assertEquals("turgåing", r.getString("interests"));
                assertEquals("eldre\npårørende", r.getString("target_groups"));
            }
            try (ResultSet r = sql.executeQuery("SELECT schedule, excluded_dates, interests, target_groups, languages,"
                    + " required_courses FROM need")) {
                r.next();
                assertEquals("FRIDAY 14:00-15:30", r.getString("schedule"));
                assertNull(r.getString("excluded_dates"));
                assertEquals("samtale", r.getString("interests"));
                assertNull(r.getString("target_groups"));
                assertEquals("no", r.getString("languages"));
                assertEquals("demensopplæring", r.getString("required_courses"));
            }
            assertEquals(List.of("activity", "need", "volunteer", "volunteer_course", "volunteer_match"),
                    tables(db, "volunteer%", "activity%", "need%"));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void anEmptyDatabaseMigratesToo(String kind) throws SQLException {
        try (Database database = open(kind)) {
            flyway(database, "7").migrate();
            assertEquals(1, flyway(database, "latest").migrate().migrationsExecuted);
            try (Connection db = database.connect();
                    ResultSet columns = db.getMetaData().getColumns(null, null, stored(db, "need"),
                            stored(db, "required_courses"))) {
                assertEquals("varchar", columns.next() ? columns.getString("TYPE_NAME").toLowerCase() : "missing");
            }
        }
    }

    /** A name as the database keeps it in its catalogue: Derby in upper case, PostgreSQL in lower. */
    private static String stored(Connection db, String name) throws SQLException {
        return db.getMetaData().storesUpperCaseIdentifiers() ? name.toUpperCase() : name;
    }

    private static List<String> tables(Connection db, String... patterns) throws SQLException {
        List<String> names = new ArrayList<>();
        for (String pattern : patterns) {
            try (ResultSet tables = db.getMetaData().getTables(null, null, stored(db, pattern),
                    new String[] {"TABLE"})) {
                while (tables.next()) {
                    names.add(tables.getString("TABLE_NAME").toLowerCase());
                }
            }
        }
        names.sort(null);
        return names;
    }
}
