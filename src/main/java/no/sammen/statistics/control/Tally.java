package no.sammen.statistics.control;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Counts matches and hours per month, venue and interest from anonymous rows. Pure: no container, no
 * personal data in or out. A match and its hours count in the month it was made (Norwegian time), since a
 * match keeps its hours as one running total.
 */
public final class Tally {

    public static final ZoneId OSLO = ZoneId.of("Europe/Oslo");

    /** One match as the statistics see it: no volunteer, no notes. */
    public record Row(Instant matchedAt, double hours, String status, Long venueId, List<String> interests,
            boolean erased) {
    }

    public record Count(long matches, double hours) {
        Count plus(Row row) {
            return new Count(matches + 1, hours + row.hours());
        }
    }

    private final LocalDate from;
    private final LocalDate to;
    private Count total = new Count(0, 0);
    private long erased;
    private final Map<String, Long> byStatus = new TreeMap<>();
    private final Map<YearMonth, Count> byMonth = new TreeMap<>();
    private final Map<Long, Count> byVenue = new LinkedHashMap<>();
    private final Map<String, Count> byInterest = new TreeMap<>();

    /** Counts matches made from {@code from} through {@code to} (either may be null: unbounded). */
    public Tally(LocalDate from, LocalDate to) {
        this.from = from;
        this.to = to;
    }

    public Tally addAll(Collection<Row> rows) {
        rows.forEach(this::add);
        return this;
    }

    public Tally add(Row row) {
        LocalDate day = row.matchedAt().atZone(OSLO).toLocalDate();
        if ((from != null && day.isBefore(from)) || (to != null && day.isAfter(to))) {
            return this;
        }
        total = total.plus(row);
        if (row.erased()) {
            erased++;
        }
        byStatus.merge(row.status(), 1L, Long::sum);
        byMonth.merge(YearMonth.from(day), new Count(1, row.hours()), Tally::sum);
        byVenue.merge(row.venueId(), new Count(1, row.hours()), Tally::sum);
        for (String interest : row.interests()) {
            byInterest.merge(interest, new Count(1, row.hours()), Tally::sum);
        }
        return this;
    }

    private static Count sum(Count a, Count b) {
        return new Count(a.matches() + b.matches(), a.hours() + b.hours());
    }

    public Count total() {
        return total;
    }

    public long erased() {
        return erased;
    }

    public Map<String, Long> byStatus() {
        return byStatus;
    }

    public Map<YearMonth, Count> byMonth() {
        return byMonth;
    }

    /** Venues by hours, most first; the key is null for needs without a venue. */
    public List<Map.Entry<Long, Count>> byVenue() {
        List<Map.Entry<Long, Count>> venues = new ArrayList<>(byVenue.entrySet());
        venues.sort((a, b) -> Double.compare(b.getValue().hours(), a.getValue().hours()));
        return venues;
    }

    public Map<String, Count> byInterest() {
        return byInterest;
    }
}
