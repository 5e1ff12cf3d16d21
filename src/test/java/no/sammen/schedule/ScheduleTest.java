package no.sammen.schedule;

import static no.sammen.schedule.WeeklyWindowTest.w;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScheduleTest {

    @Test
    void overlapPerWeekSumsOverAllWindows() {
        Schedule volunteer = Schedule.weekly(List.of(
                w(DayOfWeek.TUESDAY, "10:00", "14:00"), w(DayOfWeek.THURSDAY, "13:00", "17:00")));
        Schedule need = Schedule.weekly(List.of(
                w(DayOfWeek.TUESDAY, "12:00", "15:00"), w(DayOfWeek.THURSDAY, "14:00", "16:00"),
                w(DayOfWeek.FRIDAY, "10:00", "12:00")));
        assertEquals(120 + 120, volunteer.overlapMinutesPerWeek(need));
        assertEquals(volunteer.overlapMinutesPerWeek(need), need.overlapMinutesPerWeek(volunteer));
    }

    @Test
    void overlappingWindowsOfOnePersonAreNotCountedTwice() {
        Schedule volunteer = Schedule.weekly(List.of(
                w(DayOfWeek.MONDAY, "10:00", "13:00"), w(DayOfWeek.MONDAY, "12:00", "14:00")));
        assertEquals(List.of(w(DayOfWeek.MONDAY, "10:00", "14:00")), volunteer.windows());
        assertEquals(240, volunteer.overlapMinutesPerWeek(List.of(w(DayOfWeek.MONDAY, "09:00", "15:00"))));
    }

    @Test
    void touchingWindowsMergeIntoOne() {
        Schedule s = Schedule.weekly(List.of(w(DayOfWeek.MONDAY, "12:00", "14:00"), w(DayOfWeek.MONDAY, "10:00", "12:00")));
        assertEquals(List.of(w(DayOfWeek.MONDAY, "10:00", "14:00")), s.windows());
    }

    @Test
    void springForwardNightIsAnHourShorter() {
        // Sunday 28 March 2027: clocks go from 02:00 to 03:00 in Oslo.
        Schedule night = Schedule.weekly(List.of(w(DayOfWeek.SUNDAY, "01:00", "04:00")));
        assertEquals(180, night.minutesPerWeek());
        assertEquals(120, night.elapsedMinutesInWeek(LocalDate.of(2027, 3, 22)));
        assertEquals(180, night.elapsedMinutesInWeek(LocalDate.of(2027, 3, 15)));
    }

    @Test
    void fallBackNightIsAnHourLonger() {
        // Sunday 31 October 2027: clocks go from 03:00 back to 02:00.
        Schedule night = Schedule.weekly(List.of(w(DayOfWeek.SUNDAY, "01:00", "04:00")));
        assertEquals(240, night.elapsedMinutesInWeek(LocalDate.of(2027, 10, 25)));
    }

    @Test
    void daytimeWindowsAreUnchangedInDstWeeks() {
        Schedule day = Schedule.weekly(List.of(w(DayOfWeek.SUNDAY, "10:00", "12:00"), w(DayOfWeek.TUESDAY, "10:00", "14:00")));
        assertEquals(360, day.elapsedMinutesInWeek(LocalDate.of(2027, 3, 22)));
        assertEquals(360, day.elapsedMinutesInWeek(LocalDate.of(2027, 10, 25)));
    }

    @Test
    void dateRangeAndExcludedDatesLimitOccurrences() {
        Schedule walks = new Schedule(List.of(w(DayOfWeek.WEDNESDAY, "11:00", "12:30")),
                LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 31), List.of(LocalDate.of(2026, 12, 23)));
        var occurrences = walks.occurrences(LocalDate.of(2026, 11, 1), LocalDate.of(2027, 1, 31));
        // Wednesdays in December 2026: 2, 9, 16, 23, 30 — minus the 23rd.
        assertEquals(4, occurrences.size());
        assertTrue(walks.isActiveOn(LocalDate.of(2026, 12, 2)));
        assertFalse(walks.isActiveOn(LocalDate.of(2026, 12, 23)));
        assertFalse(walks.isActiveOn(LocalDate.of(2027, 1, 6)));
        assertEquals(90, occurrences.get(0).minutes());
    }

    @Test
    void scheduleCannotEndBeforeItStarts() {
        assertThrows(IllegalArgumentException.class,
                () -> new Schedule(List.of(), LocalDate.of(2027, 2, 1), LocalDate.of(2027, 1, 1), null));
    }
}
