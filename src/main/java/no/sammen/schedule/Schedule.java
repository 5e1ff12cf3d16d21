package no.sammen.schedule;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * When something happens: weekly windows in Europe/Oslo, optionally bounded by a date range, minus excluded
 * dates (holidays). Weekly arithmetic is in wall-clock time, which is what people agree on ("Tuesdays
 * 10–14"); {@link #occurrences} turns it into real instants, so a window on the night clocks change has the
 * length it really has.
 */
public final class Schedule {

    public static final ZoneId OSLO = ZoneId.of("Europe/Oslo");

    private final List<WeeklyWindow> windows;
    private final LocalDate from;
    private final LocalDate until;
    private final Set<LocalDate> excluded;

    public Schedule(Collection<WeeklyWindow> windows, LocalDate from, LocalDate until, Collection<LocalDate> excluded) {
        if (from != null && until != null && until.isBefore(from)) {
            throw new IllegalArgumentException("A schedule cannot end before it starts: " + from + " – " + until);
        }
        this.windows = normalise(windows);
        this.from = from;
        this.until = until;
        this.excluded = excluded == null ? Set.of() : Set.copyOf(excluded);
    }

    public static Schedule weekly(Collection<WeeklyWindow> windows) {
        return new Schedule(windows, null, null, null);
    }

    /** The windows sorted through the week, with overlapping or touching windows on the same day merged. */
    public List<WeeklyWindow> windows() {
        return windows;
    }

    public int minutesPerWeek() {
        return windows.stream().mapToInt(WeeklyWindow::minutes).sum();
    }

    /** Wall-clock minutes per week that this schedule shares with the given windows. */
    public int overlapMinutesPerWeek(Collection<WeeklyWindow> others) {
        int total = 0;
        for (WeeklyWindow mine : windows) {
            for (WeeklyWindow theirs : normalise(others)) {
                total += mine.overlapMinutes(theirs);
            }
        }
        return total;
    }

    public int overlapMinutesPerWeek(Schedule other) {
        return overlapMinutesPerWeek(other.windows);
    }

    /** Whether the date range (if any) includes the day and it is not excluded. */
    public boolean isActiveOn(LocalDate date) {
        return (from == null || !date.isBefore(from)) && (until == null || !date.isAfter(until))
                && !excluded.contains(date);
    }

    /** The real intervals between two dates (inclusive), in Oslo time, with DST applied. */
    public List<Occurrence> occurrences(LocalDate first, LocalDate last) {
        List<Occurrence> result = new ArrayList<>();
        for (LocalDate date = first; !date.isAfter(last); date = date.plusDays(1)) {
            if (!isActiveOn(date)) {
                continue;
            }
            DayOfWeek day = date.getDayOfWeek();
            for (WeeklyWindow window : windows) {
                if (window.day() == day) {
                    result.add(new Occurrence(ZonedDateTime.of(date, window.start(), OSLO),
                            ZonedDateTime.of(date, window.end(), OSLO)));
                }
            }
        }
        return result;
    }

    /** Elapsed minutes in the seven days starting at {@code firstDay}; differs from nominal in DST weeks. */
    public long elapsedMinutesInWeek(LocalDate firstDay) {
        return occurrences(firstDay, firstDay.plusDays(6)).stream().mapToLong(Occurrence::minutes).sum();
    }

    public LocalDate from() {
        return from;
    }

    public LocalDate until() {
        return until;
    }

    public Set<LocalDate> excluded() {
        return excluded;
    }

    static List<WeeklyWindow> normalise(Collection<WeeklyWindow> input) {
        if (input == null || input.isEmpty()) {
            return List.of();
        }
        TreeSet<WeeklyWindow> sorted = new TreeSet<>(WeeklyWindow.IN_WEEK_ORDER);
        sorted.addAll(input);
        List<WeeklyWindow> merged = new ArrayList<>();
        for (WeeklyWindow next : sorted) {
            WeeklyWindow last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null && last.day() == next.day() && !next.start().isAfter(last.end())) {
                if (next.end().isAfter(last.end())) {
                    merged.set(merged.size() - 1, WeeklyWindow.of(last.day(), last.start(), next.end()));
                }
            } else {
                merged.add(next);
            }
        }
        return List.copyOf(merged);
    }

    /** One real occurrence of a window. */
    public record Occurrence(ZonedDateTime start, ZonedDateTime end) {
        public long minutes() {
            return Duration.between(start, end).toMinutes();
        }
    }
}
