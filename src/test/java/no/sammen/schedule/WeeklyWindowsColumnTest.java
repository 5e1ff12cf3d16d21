package no.sammen.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class WeeklyWindowsColumnTest {

    private final WeeklyWindowsColumn column = new WeeklyWindowsColumn();

    @Test
    void windowsAreStoredReadablyAndComeBackInTheirOrder() {
        List<WeeklyWindow> windows = List.of(
                WeeklyWindow.of(DayOfWeek.THURSDAY, LocalTime.of(18, 0), LocalTime.of(20, 30)),
                WeeklyWindow.of(DayOfWeek.TUESDAY, LocalTime.of(0, 0), LocalTime.of(9, 5)),
                WeeklyWindow.of(DayOfWeek.SUNDAY, LocalTime.of(22, 0), LocalTime.of(23, 59)));
        String stored = column.convertToDatabaseColumn(windows);
        assertEquals("THURSDAY 18:00-20:30\nTUESDAY 00:00-09:05\nSUNDAY 22:00-23:59", stored);
        assertEquals(windows, column.convertToEntityAttribute(stored));
    }

    @Test
    void noWindowsIsNullAndNullIsAnEmptyListThatCanGrow() {
        assertNull(column.convertToDatabaseColumn(List.of()));
        List<WeeklyWindow> read = column.convertToEntityAttribute(null);
        read.add(WeeklyWindow.of(DayOfWeek.MONDAY, LocalTime.of(10, 0), LocalTime.of(12, 0)));
        assertEquals(1, read.size());
    }

    @Test
    void aDamagedValueIsAnErrorNotAWrongWindow() {
        assertThrows(IllegalArgumentException.class, () -> column.convertToEntityAttribute("TUESDAY 10:00"));
        assertThrows(RuntimeException.class, () -> column.convertToEntityAttribute("TUSEDAY 10:00-12:00"));
    }
}
