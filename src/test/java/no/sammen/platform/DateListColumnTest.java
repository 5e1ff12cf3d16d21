package no.sammen.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class DateListColumnTest {

    private final DateListColumn column = new DateListColumn();

    @Test
    void datesAreIsoLinesInTheirOrder() {
        List<LocalDate> dates = List.of(LocalDate.of(2026, 12, 31), LocalDate.of(2026, 12, 24), LocalDate.of(2027, 1, 1));
        assertEquals("2026-12-31\n2026-12-24\n2027-01-01", column.convertToDatabaseColumn(dates));
        assertEquals(dates, column.convertToEntityAttribute(column.convertToDatabaseColumn(dates)));
    }

    @Test
    void noDatesIsNullAndNullIsAnEmptyListThatCanGrow() {
        assertNull(column.convertToDatabaseColumn(List.of()));
        List<LocalDate> read = column.convertToEntityAttribute(null);
        read.add(LocalDate.of(2026, 5, 17));
        assertEquals(1, read.size());
    }
}
