package no.sammen.schedule;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.format.TextStyle;
import java.util.Comparator;
import java.util.Locale;
import java.util.Objects;

/**
 * A recurring slot in the week, in local time (Europe/Oslo): "Tuesdays 10:00–14:00". Windows never cross
 * midnight; an evening-to-morning slot is two windows.
 */
@Embeddable
public class WeeklyWindow {

    public static final Comparator<WeeklyWindow> IN_WEEK_ORDER =
            Comparator.comparingInt(WeeklyWindow::startMinuteOfWeek).thenComparingInt(WeeklyWindow::endMinuteOfWeek);
    public static final int MINUTES_PER_WEEK = 7 * 24 * 60;

    @Enumerated(EnumType.STRING)
    @Column(name = "day_of_week", length = 9, nullable = false)
    private DayOfWeek day;

    @Column(name = "start_time", nullable = false)
    private LocalTime start;

    @Column(name = "end_time", nullable = false)
    private LocalTime end;

    protected WeeklyWindow() {
        // for JPA
    }

    private WeeklyWindow(DayOfWeek day, LocalTime start, LocalTime end) {
        this.day = day;
        this.start = start;
        this.end = end;
    }

    public static WeeklyWindow of(DayOfWeek day, LocalTime start, LocalTime end) {
        Objects.requireNonNull(day, "day");
        if (!start.isBefore(end)) {
            throw new IllegalArgumentException("A window must start before it ends: " + start + "–" + end);
        }
        return new WeeklyWindow(day, start.withSecond(0).withNano(0), end.withSecond(0).withNano(0));
    }

    public DayOfWeek day() {
        return day;
    }

    public LocalTime start() {
        return start;
    }

    public LocalTime end() {
        return end;
    }

    /** Nominal length in wall-clock minutes; {@link Schedule} gives elapsed minutes in a given week. */
    public int minutes() {
        return endMinuteOfWeek() - startMinuteOfWeek();
    }

    /** Minutes since Monday 00:00; the form the search index uses for window queries. */
    public int startMinuteOfWeek() {
        return (day.getValue() - 1) * 24 * 60 + start.getHour() * 60 + start.getMinute();
    }

    public int endMinuteOfWeek() {
        return (day.getValue() - 1) * 24 * 60 + end.getHour() * 60 + end.getMinute();
    }

    /** Minutes both windows share; touching windows (10–12 and 12–14) share none. */
    public int overlapMinutes(WeeklyWindow other) {
        int from = Math.max(startMinuteOfWeek(), other.startMinuteOfWeek());
        int to = Math.min(endMinuteOfWeek(), other.endMinuteOfWeek());
        return Math.max(0, to - from);
    }

    public boolean covers(WeeklyWindow other) {
        return startMinuteOfWeek() <= other.startMinuteOfWeek() && endMinuteOfWeek() >= other.endMinuteOfWeek();
    }

    /** "tirsdag 10:00–14:00". */
    public String describe(Locale locale) {
        return day.getDisplayName(TextStyle.FULL, locale) + " " + start + "–" + end;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof WeeklyWindow w && day == w.day && start.equals(w.start) && end.equals(w.end);
    }

    @Override
    public int hashCode() {
        return Objects.hash(day, start, end);
    }

    @Override
    public String toString() {
        return day + " " + start + "–" + end;
    }
}
