package no.sammen.registry;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import no.sammen.platform.Violations;

/** Excluded dates (holidays) as clients send them. */
public final class Dates {

    public static final int MAX_EXCLUDED = 366;

    private Dates() {
    }

    public static List<LocalDate> excluded(Violations v, String field, List<String> input) {
        List<LocalDate> dates = new ArrayList<>();
        if (input == null) {
            return dates;
        }
        if (input.size() > MAX_EXCLUDED) {
            v.add(field, "must have at most " + MAX_EXCLUDED + " dates");
            return dates;
        }
        int i = 0;
        for (String text : input) {
            String at = field + "[" + i++ + "]";
            if (text == null || text.isBlank()) {
                v.add(at, "must be a date like 2026-12-24");
                continue;
            }
            LocalDate date = v.date(at, text);
            if (date != null && !dates.contains(date)) {
                dates.add(date);
            }
        }
        return dates;
    }
}
