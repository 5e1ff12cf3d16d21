package no.sammen.registry.volunteers.entity;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import no.sammen.platform.TagListColumn;
import no.sammen.schedule.WeeklyWindow;
import no.sammen.schedule.WeeklyWindowsColumn;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;

/**
 * Schema version 8: a volunteer's interests, skills, languages and availability move from a table each into
 * columns of the volunteer table, in the form the entity's converters read ({@link TagListColumn},
 * {@link WeeklyWindowsColumn}). In Java because the data moves too, and not every database can aggregate strings
 * in SQL (Derby cannot). Portable JDBC; runs in Flyway's transaction, so a failure leaves version 7 as it was.
 */
public class VolunteerValuesMigration implements JavaMigration {

    private static final int IDS_PER_ROUND = 5_000;

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion("8");
    }

    @Override
    public String getDescription() {
        return "volunteer values in columns";
    }

    @Override
    public Integer getChecksum() {
        return 8;
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public void migrate(Context context) throws SQLException {
        Connection db = context.getConnection();
        try (Statement ddl = db.createStatement()) {
            ddl.execute("ALTER TABLE volunteer ADD COLUMN interests VARCHAR(2500)");
            ddl.execute("ALTER TABLE volunteer ADD COLUMN skills VARCHAR(2500)");
            ddl.execute("ALTER TABLE volunteer ADD COLUMN languages VARCHAR(600)");
            ddl.execute("ALTER TABLE volunteer ADD COLUMN availability VARCHAR(1200)");
        }
        long lowest;
        long highest;
        try (Statement range = db.createStatement();
                ResultSet r = range.executeQuery("SELECT MIN(id), MAX(id) FROM volunteer")) {
            r.next();
            lowest = r.getLong(1);
            highest = r.getLong(2);
        }
        if (highest > 0) {
            copyValues(db, lowest, highest);
        }
        try (Statement ddl = db.createStatement()) {
            for (String table : List.of("volunteer_interest", "volunteer_skill", "volunteer_language",
                    "volunteer_availability")) {
                ddl.execute("DROP TABLE " + table);
            }
        }
    }

    private static void copyValues(Connection db, long lowest, long highest) throws SQLException {
        TagListColumn tags = new TagListColumn();
        WeeklyWindowsColumn windows = new WeeklyWindowsColumn();
        try (PreparedStatement update = db.prepareStatement(
                "UPDATE volunteer SET interests = ?, skills = ?, languages = ?, availability = ? WHERE id = ?")) {
            for (long from = lowest; from <= highest; from += IDS_PER_ROUND) {
                long to = from + IDS_PER_ROUND;
                Map<Long, List<String>> interests = strings(db, "volunteer_interest", "tag", from, to);
                Map<Long, List<String>> skills = strings(db, "volunteer_skill", "tag", from, to);
                Map<Long, List<String>> languages = strings(db, "volunteer_language", "code", from, to);
                Map<Long, List<WeeklyWindow>> availability = windows(db, from, to);
                List<Long> ids = new ArrayList<>();
                ids.addAll(interests.keySet());
                ids.addAll(skills.keySet());
                ids.addAll(languages.keySet());
                ids.addAll(availability.keySet());
                for (Long id : new TreeSet<>(ids)) {
                    update.setString(1, tags.convertToDatabaseColumn(interests.get(id)));
                    update.setString(2, tags.convertToDatabaseColumn(skills.get(id)));
                    update.setString(3, tags.convertToDatabaseColumn(languages.get(id)));
                    update.setString(4, windows.convertToDatabaseColumn(availability.get(id)));
                    update.setLong(5, id);
                    update.addBatch();
                }
                update.executeBatch();
            }
        }
    }

    /** Each volunteer's rows in the order the database returns them, as JPA read them (no order column). */
    private static Map<Long, List<String>> strings(Connection db, String table, String column, long from, long to)
            throws SQLException {
        Map<Long, List<String>> values = new HashMap<>();
        try (PreparedStatement select = db.prepareStatement("SELECT volunteer_id, " + column + " FROM " + table
                + " WHERE volunteer_id >= ? AND volunteer_id < ?")) {
            select.setLong(1, from);
            select.setLong(2, to);
            try (ResultSet r = select.executeQuery()) {
                while (r.next()) {
                    values.computeIfAbsent(r.getLong(1), id -> new ArrayList<>()).add(r.getString(2));
                }
            }
        }
        return values;
    }

    private static Map<Long, List<WeeklyWindow>> windows(Connection db, long from, long to) throws SQLException {
        Map<Long, List<WeeklyWindow>> values = new HashMap<>();
        try (PreparedStatement select = db.prepareStatement("SELECT volunteer_id, day_of_week, start_time, end_time"
                + " FROM volunteer_availability WHERE volunteer_id >= ? AND volunteer_id < ?")) {
            select.setLong(1, from);
            select.setLong(2, to);
            try (ResultSet r = select.executeQuery()) {
                while (r.next()) {
                    values.computeIfAbsent(r.getLong(1), id -> new ArrayList<>()).add(WeeklyWindow.of(
                            DayOfWeek.valueOf(r.getString(2)), r.getTime(3).toLocalTime(),
                            r.getTime(4).toLocalTime()));
                }
            }
        }
        return values;
    }
}
