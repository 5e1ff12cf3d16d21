package no.sammen.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class WeeklyWindowTest {

    static WeeklyWindow w(DayOfWeek day, String from, String to) {
        return WeeklyWindow.of(day, LocalTime.parse(from), LocalTime.parse(to));
    }

    @Test
    void overlapIsTheSharedMinutes() {
        assertEquals(120, w(DayOfWeek.TUESDAY, "10:00", "14:00").overlapMinutes(w(DayOfWeek.TUESDAY, "12:00", "16:00")));
        assertEquals(60, w(DayOfWeek.TUESDAY, "10:00", "14:00").overlapMinutes(w(DayOfWeek.TUESDAY, "10:30", "11:30")));
    }

    @Test
    void touchingWindowsDoNotOverlap() {
        assertEquals(0, w(DayOfWeek.TUESDAY, "10:00", "12:00").overlapMinutes(w(DayOfWeek.TUESDAY, "12:00", "14:00")));
    }

    @Test
    void sameTimeOnAnotherDayDoesNotOverlap() {
        assertEquals(0, w(DayOfWeek.TUESDAY, "10:00", "12:00").overlapMinutes(w(DayOfWeek.WEDNESDAY, "10:00", "12:00")));
    }

    @Test
    void windowMustStartBeforeItEnds() {
        assertThrows(IllegalArgumentException.class, () -> w(DayOfWeek.MONDAY, "14:00", "10:00"));
        assertThrows(IllegalArgumentException.class, () -> w(DayOfWeek.MONDAY, "10:00", "10:00"));
    }

    @Test
    void minuteOfWeekCountsFromMondayMidnight() {
        WeeklyWindow sunday = w(DayOfWeek.SUNDAY, "22:00", "23:30");
        assertEquals(6 * 1440 + 22 * 60, sunday.startMinuteOfWeek());
        assertEquals(6 * 1440 + 23 * 60 + 30, sunday.endMinuteOfWeek());
        assertEquals(0, w(DayOfWeek.MONDAY, "00:00", "01:00").startMinuteOfWeek());
    }

    @Test
    void describesItselfInNorwegian() {
        String text = w(DayOfWeek.TUESDAY, "10:00", "14:00").describe(Locale.forLanguageTag("no"));
        assertTrue(text.startsWith("tirsdag"), text);
        assertTrue(text.endsWith("10:00–14:00"), text);
    }
}
