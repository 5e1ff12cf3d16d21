package no.sammen.schedule;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Weekly windows kept in one text column, one per line in a form a person can read in the database
 * ("TUESDAY 10:00-14:00\nTHURSDAY 18:00-20:00"), order kept; no windows is NULL. For windows that are always
 * read and written whole with their record (a volunteer's availability, an offer's or a need's schedule): see
 * {@code TagListColumn} for why.
 */
@Converter
public class WeeklyWindowsColumn implements AttributeConverter<List<WeeklyWindow>, String> {

    @Override
    public String convertToDatabaseColumn(List<WeeklyWindow> windows) {
        if (windows == null || windows.isEmpty()) {
            return null;
        }
        return windows.stream().map(w -> w.day().name() + " " + w.start() + "-" + w.end())
                .collect(Collectors.joining("\n"));
    }

    @Override
    public List<WeeklyWindow> convertToEntityAttribute(String column) {
        List<WeeklyWindow> windows = new ArrayList<>();
        if (column == null || column.isEmpty()) {
            return windows;
        }
        for (String line : column.split("\n", -1)) {
            int space = line.indexOf(' ');
            int dash = line.indexOf('-', space);
            if (space < 0 || dash < 0) {
                throw new IllegalArgumentException("Not a weekly window: " + line);
            }
            windows.add(WeeklyWindow.of(DayOfWeek.valueOf(line.substring(0, space)),
                    LocalTime.parse(line.substring(space + 1, dash)), LocalTime.parse(line.substring(dash + 1))));
        }
        return windows;
    }
}
