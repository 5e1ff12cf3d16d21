package no.sammen.platform;

import java.util.Collection;
import java.util.List;
import no.sammen.schedule.Schedule;
import no.sammen.schedule.WeeklyWindow;

/** {@code {"day": "TUESDAY", "from": "10:00", "to": "14:00"}} — a weekly window in Oslo time. */
public class WindowJson {

    public static final int MAX_WINDOWS = 50;

    public String day;
    public String from;
    public String to;

    public static WindowJson of(WeeklyWindow window) {
        WindowJson json = new WindowJson();
        json.day = window.day().name();
        json.from = window.start().toString();
        json.to = window.end().toString();
        return json;
    }

    /** Sorted through the week and merged, as the schedule logic sees them. */
    public static List<WindowJson> of(Collection<WeeklyWindow> windows) {
        return Schedule.weekly(windows).windows().stream().map(WindowJson::of).toList();
    }

    public static List<WeeklyWindow> parse(Violations violations, String field, List<WindowJson> windows) {
        return violations.windows(field, windows, w -> new String[] {w.day, w.from, w.to}, MAX_WINDOWS);
    }
}
