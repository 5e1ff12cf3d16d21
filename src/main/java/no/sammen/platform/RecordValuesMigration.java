package no.sammen.platform;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import no.sammen.schedule.WeeklyWindow;
import no.sammen.schedule.WeeklyWindowsColumn;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;

/**
 * Schema version 8: the value lists of volunteers, activities and needs (interests, target groups, languages,
 * weekly windows, excluded dates, required courses) move from a table each into text columns of their record, in
 * the form the entities' converters read ({@link TagListColumn}, {@link WeeklyWindowsColumn},
 * {@link DateListColumn}). A volunteer's courses keep their table. In Java because the data moves too and not
 * every database can aggregate strings in SQL (Derby cannot). Portable JDBC, in Flyway's transaction: a failure
 * leaves version 7 as it was.
 */
public class RecordValuesMigration implements JavaMigration {

    private static final int IDS_PER_ROUND = 5_000;
    private static final String WINDOW = "day_of_week, start_time, end_time";

    private enum Kind { LINES, WINDOWS, DATES }

    /** One collection table becoming one column of its record's table. */
    private record Move(String table, String column, int length, Kind kind, String values) {
    }

    private static final Map<String, List<Move>> MOVES = new LinkedHashMap<>();

    static {
        MOVES.put("volunteer", List.of(
                new Move("volunteer_interest", "interests", 2500, Kind.LINES, "tag"),
                new Move("volunteer_skill", "skills", 2500, Kind.LINES, "tag"),
                new Move("volunteer_language", "languages", 600, Kind.LINES, "code"),
                new Move("volunteer_availability", "availability", 1200, Kind.WINDOWS, WINDOW)));
        MOVES.put("activity", List.of(
                new Move("activity_schedule", "schedule", 1200, Kind.WINDOWS, WINDOW),
                new Move("activity_excluded_date", "excluded_dates", 4100, Kind.DATES, "excluded_on"),
                new Move("activity_interest", "interests", 2000, Kind.LINES, "tag"),
                new Move("activity_target_group", "target_groups", 2000, Kind.LINES, "tag")));
        MOVES.put("need", List.of(
                new Move("need_schedule", "schedule", 1200, Kind.WINDOWS, WINDOW),
                new Move("need_excluded_date", "excluded_dates", 4100, Kind.DATES, "excluded_on"),
                new Move("need_interest", "interests", 2000, Kind.LINES, "tag"),
                new Move("need_target_group", "target_groups", 2000, Kind.LINES, "tag"),
                new Move("need_language", "languages", 600, Kind.LINES, "code"),
                new Move("need_required_course", "required_courses", 700, Kind.LINES, "name")));
    }

    private final TagListColumn lines = new TagListColumn();
    private final WeeklyWindowsColumn windows = new WeeklyWindowsColumn();

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion("8");
    }

    @Override
    public String getDescription() {
        return "record values in columns";
    }

    @Override
    public Integer getChecksum() {
        return 80_001;
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public void migrate(Context context) throws SQLException {
        Connection db = context.getConnection();
        for (var owner : MOVES.entrySet()) {
            move(db, owner.getKey(), owner.getValue());
        }
    }

    private void move(Connection db, String owner, List<Move> moves) throws SQLException {
        try (Statement ddl = db.createStatement()) {
            for (Move move : moves) {
                ddl.execute("ALTER TABLE " + owner + " ADD COLUMN " + move.column()
                        + " VARCHAR(" + move.length() + ")");
            }
        }
        long lowest;
        long highest;
        try (Statement range = db.createStatement();
                ResultSet r = range.executeQuery("SELECT MIN(id), MAX(id) FROM " + owner)) {
            r.next();
            lowest = r.getLong(1);
            highest = r.getLong(2);
        }
        String set = String.join(" = ?, ", moves.stream().map(Move::column).toList()) + " = ?";
        try (PreparedStatement update = db.prepareStatement("UPDATE " + owner + " SET " + set + " WHERE id = ?")) {
            for (long from = lowest; highest > 0 && from <= highest; from += IDS_PER_ROUND) {
                List<Map<Long, String>> columns = new ArrayList<>();
                TreeSet<Long> ids = new TreeSet<>();
                for (Move move : moves) {
                    Map<Long, String> column = read(db, move, owner + "_id", from, from + IDS_PER_ROUND);
                    columns.add(column);
                    ids.addAll(column.keySet());
                }
                for (Long id : ids) {
                    for (int i = 0; i < moves.size(); i++) {
                        update.setString(i + 1, columns.get(i).get(id));
                    }
                    update.setLong(moves.size() + 1, id);
                    update.addBatch();
                }
                update.executeBatch();
            }
        }
        try (Statement ddl = db.createStatement()) {
            for (Move move : moves) {
                ddl.execute("DROP TABLE " + move.table());
            }
        }
    }

    /** Each record's rows in the order the database returns them, as JPA read them (no order column). */
    private Map<Long, String> read(Connection db, Move move, String ownerId, long from, long to) throws SQLException {
        Map<Long, List<String>> rows = new HashMap<>();
        try (PreparedStatement select = db.prepareStatement("SELECT " + ownerId + ", " + move.values() + " FROM "
                + move.table() + " WHERE " + ownerId + " >= ? AND " + ownerId + " < ?")) {
            select.setLong(1, from);
            select.setLong(2, to);
            try (ResultSet r = select.executeQuery()) {
                while (r.next()) {
                    rows.computeIfAbsent(r.getLong(1), id -> new ArrayList<>()).add(switch (move.kind()) {
                        case LINES -> r.getString(2);
                        case DATES -> r.getDate(2).toLocalDate().toString();
                        case WINDOWS -> windows.convertToDatabaseColumn(List.of(WeeklyWindow.of(
                                DayOfWeek.valueOf(r.getString(2)), r.getTime(3).toLocalTime(),
                                r.getTime(4).toLocalTime())));
                    });
                }
            }
        }
        Map<Long, String> column = new HashMap<>();
        rows.forEach((id, values) -> column.put(id, lines.convertToDatabaseColumn(values)));
        return column;
    }
}
