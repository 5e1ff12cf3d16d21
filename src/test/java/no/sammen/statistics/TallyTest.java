package no.sammen.statistics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import no.sammen.statistics.control.Tally;
import no.sammen.statistics.control.Tally.Row;
import org.junit.jupiter.api.Test;

class TallyTest {

    private static Row row(String at, double hours, Long venue, boolean erased, String... interests) {
        return new Row(Instant.parse(at), hours, "ACTIVE", venue, List.of(interests), erased);
    }

    @Test
    void countsPerMonthVenueAndInterestIncludingErasedVolunteers() {
        Tally tally = new Tally(null, null).addAll(List.of(
                row("2026-01-10T10:00:00Z", 4, 1L, false, "turgåing"),
                row("2026-01-20T10:00:00Z", 6, 1L, true, "turgåing", "musikk"),
                row("2026-02-01T10:00:00Z", 2.5, null, false)));
        assertEquals(3, tally.total().matches());
        assertEquals(12.5, tally.total().hours(), 1e-9);
        assertEquals(1, tally.erased());
        assertEquals(new Tally.Count(2, 10), tally.byMonth().get(YearMonth.of(2026, 1)));
        assertEquals(new Tally.Count(1, 2.5), tally.byMonth().get(YearMonth.of(2026, 2)));
        assertEquals(1L, tally.byVenue().get(0).getKey(), "most hours first");
        assertEquals(new Tally.Count(2, 10), tally.byInterest().get("turgåing"));
        assertEquals(new Tally.Count(1, 6), tally.byInterest().get("musikk"));
        assertEquals(3L, tally.byStatus().get("ACTIVE"));
    }

    @Test
    void monthsAndBoundsAreNorwegianDaysInclusive() {
        // 23:30 UTC on 31 January is 1 February in Oslo.
        Tally tally = new Tally(LocalDate.of(2026, 2, 1), LocalDate.of(2026, 2, 28)).addAll(List.of(
                row("2026-01-31T23:30:00Z", 1, 1L, false),
                row("2026-01-31T22:30:00Z", 1, 1L, false),
                row("2026-02-28T22:59:00Z", 1, 1L, false),
                row("2026-02-28T23:00:00Z", 1, 1L, false)));
        assertEquals(2, tally.total().matches());
        assertEquals(List.of(YearMonth.of(2026, 2)), List.copyOf(tally.byMonth().keySet()));
    }
}
